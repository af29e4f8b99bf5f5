import { describe, expect, it } from 'vitest';
import { externalLinkFormSchema } from './external-link';
import { procedureFormSchema } from './procedure';
import { fieldErrorsOf } from './zod';

const procedure = { title: 'Đăng ký khai sinh', field: 'Hộ tịch', portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=1' };
const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as never));

describe('procedureFormSchema', () => {
  it('accepts a procedure, trims it and tidies the field name', () => {
    const parsed = procedureFormSchema.parse({ ...procedure, title: '  Đăng ký khai sinh ', field: ' Hộ   tịch ', code: ' 1.001193 ', sortOrder: '4' });
    expect(parsed).toMatchObject({ id: '', title: 'Đăng ký khai sinh', field: 'Hộ tịch', code: '1.001193', description: '', sortOrder: 4 });
  });

  it('leaves the position empty when none is typed (the procedure goes last)', () => {
    expect(procedureFormSchema.parse({ ...procedure, sortOrder: '' }).sortOrder).toBeUndefined();
    expect(procedureFormSchema.parse(procedure).sortOrder).toBeUndefined();
  });

  it('answers in Vietnamese, field by field', () => {
    const result = procedureFormSchema.safeParse({ title: ' ', field: '', portalUrl: '', sortOrder: '-1', code: 'mã có dấu' });
    expect(errorsOf(result)).toEqual({
      title: 'Vui lòng nhập tên thủ tục.',
      field: 'Vui lòng nhập lĩnh vực, ví dụ: Hộ tịch.',
      portalUrl: 'Vui lòng nhập địa chỉ thực hiện trực tuyến trên Cổng Dịch vụ công.',
      sortOrder: 'Thứ tự từ 0 trở lên.',
      code: 'Mã thủ tục chỉ gồm chữ, số và các dấu . - _ /, ví dụ: 1.001193.',
    });
  });

  it('accepts only http and https addresses with a host name', () => {
    for (const portalUrl of ['javascript:alert(1)', 'data:text/html,x', 'ftp://dichvucong.gov.vn', 'dichvucong.gov.vn', 'https://localhost', 'https://user:pass@dichvucong.gov.vn']) {
      expect(errorsOf(procedureFormSchema.safeParse({ ...procedure, portalUrl })).portalUrl, portalUrl).toBe(
        'Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ: https://dichvucong.gov.vn.',
      );
    }
    expect(procedureFormSchema.safeParse({ ...procedure, portalUrl: 'http://dichvucong.baria-vungtau.gov.vn' }).success).toBe(true);
  });

  it('limits lengths', () => {
    const errors = errorsOf(
      procedureFormSchema.safeParse({ ...procedure, title: 'a'.repeat(301), description: 'a'.repeat(1001), portalUrl: `https://a.vn/${'a'.repeat(500)}`, sortOrder: '100001' }),
    );
    expect(errors).toEqual({
      title: 'Tên thủ tục dài tối đa 300 ký tự.',
      description: 'Mô tả dài tối đa 1000 ký tự.',
      portalUrl: 'Địa chỉ dài tối đa 500 ký tự.',
      sortOrder: 'Thứ tự tối đa 100000.',
    });
  });
});

describe('externalLinkFormSchema', () => {
  it('accepts a link and refuses what is not a web address', () => {
    expect(externalLinkFormSchema.parse({ title: 'Cổng Thông tin điện tử Chính phủ', url: ' https://chinhphu.vn ' })).toMatchObject({
      title: 'Cổng Thông tin điện tử Chính phủ',
      url: 'https://chinhphu.vn',
      description: '',
    });
    expect(errorsOf(externalLinkFormSchema.safeParse({ title: '', url: 'javascript:alert(1)', sortOrder: '1,5' }))).toEqual({
      title: 'Vui lòng nhập tên trang liên kết.',
      url: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ: https://dichvucong.gov.vn.',
      sortOrder: 'Thứ tự là một số.',
    });
    expect(errorsOf(externalLinkFormSchema.safeParse({ title: 'a'.repeat(201), url: '' }))).toEqual({
      title: 'Tên trang liên kết dài tối đa 200 ký tự.',
      url: 'Vui lòng nhập địa chỉ trang liên kết.',
    });
  });
});
