import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './zod';
import { documentFormSchema, MAX_DAYS_ISSUED_AHEAD } from './legal-document';

const valid = {
  id: '',
  version: 0,
  number: ' 12/2026/QĐ-UBND ',
  issuedAt: '2026-03-12',
  issuer: 'UBND phường Phước Hưng',
  docType: 'Quyết định',
  field: 'Tiếp công dân',
  summary: 'Về việc ban hành Quy chế tiếp công dân',
  inForce: 'on',
  slug: '',
  fileId: '',
  bodyHtml: '',
};

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const parsed = documentFormSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe('documentFormSchema', () => {
  it('accepts a complete document, trimming text and reading the date in the ward’s time zone', () => {
    const parsed = documentFormSchema.parse(valid);
    expect(parsed.number).toBe('12/2026/QĐ-UBND');
    expect(parsed.issuedAt.toISOString()).toBe('2026-03-11T17:00:00.000Z');
    expect(parsed.inForce).toBe(true);
    expect(parsed.fileId).toBeNull();
    expect(documentFormSchema.parse({ ...valid, inForce: false }).inForce).toBe(false);
    expect(documentFormSchema.parse({ ...valid, inForce: undefined }).inForce).toBe(false);
  });

  it('requires the number, the summary, the issuer, the field and a known type, in Vietnamese', () => {
    const errors = errorsOf({ ...valid, number: '  ', summary: '', issuer: '', field: '', docType: 'Sắc lệnh' });
    expect(errors.number).toMatch(/^Vui lòng nhập số, ký hiệu văn bản/);
    expect(errors.summary).toMatch(/^Vui lòng nhập trích yếu/);
    expect(errors.issuer).toBe('Vui lòng nhập cơ quan ban hành.');
    expect(errors.field).toMatch(/^Vui lòng nhập lĩnh vực/);
    expect(errors.docType).toBe('Vui lòng chọn loại văn bản.');
    expect(errorsOf({ ...valid, number: undefined }).number).toMatch(/số, ký hiệu/);
  });

  it('refuses a missing, malformed or impossible date of issue', () => {
    expect(errorsOf({ ...valid, issuedAt: '' }).issuedAt).toBe('Vui lòng nhập ngày ban hành.');
    expect(errorsOf({ ...valid, issuedAt: '12/03/2026' }).issuedAt).toBe('Ngày ban hành chưa đúng dạng ngày/tháng/năm.');
    expect(errorsOf({ ...valid, issuedAt: '2026-02-30' }).issuedAt).toMatch(/không tồn tại/);
    expect(errorsOf({ ...valid, issuedAt: '1930-01-01' }).issuedAt).toMatch(/02\/09\/1945/);
  });

  it('refuses a date far in the future (a mistyped year) but allows one a few days ahead', () => {
    const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(errorsOf({ ...valid, issuedAt: day(3) })).toEqual({});
    expect(errorsOf({ ...valid, issuedAt: day(MAX_DAYS_ISSUED_AHEAD + 2) }).issuedAt).toMatch(/quá xa trong tương lai/);
    expect(errorsOf({ ...valid, issuedAt: '2062-03-12' }).issuedAt).toMatch(/quá xa trong tương lai/);
  });

  it('takes an empty slug (generated later) or a URL-safe one, never a reserved path', () => {
    expect(documentFormSchema.parse({ ...valid, slug: 'Quy-Che-Tiep-Dan' }).slug).toBe('quy-che-tiep-dan');
    expect(errorsOf({ ...valid, slug: 'quy chế' }).slug).toMatch(/chữ thường không dấu/);
    expect(errorsOf({ ...valid, slug: 'tra-cuu' }).slug).toMatch(/dành cho trang khác/);
    expect(errorsOf({ ...valid, slug: 'trang' }).slug).toMatch(/dành cho trang khác/);
  });

  it('limits the lengths of what editors type', () => {
    expect(errorsOf({ ...valid, number: 'x'.repeat(101) }).number).toBe('Số, ký hiệu dài tối đa 100 ký tự.');
    expect(errorsOf({ ...valid, summary: 'x'.repeat(1001) }).summary).toBe('Trích yếu dài tối đa 1000 ký tự.');
  });
});
