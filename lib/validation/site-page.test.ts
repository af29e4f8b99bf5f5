import { describe, expect, it } from 'vitest';
import { restoreSitePageRevisionSchema, sitePageFormSchema } from './site-page';
import { fieldErrorsOf } from './zod';

describe('sitePageFormSchema', () => {
  it('accepts a known page with a title, coercing the version sent as text', () => {
    const parsed = sitePageFormSchema.parse({ key: 'lich-su', version: '3', title: '  Lịch sử  ', bodyHtml: '<p>Chữ</p>' });
    expect(parsed).toEqual({ key: 'lich-su', version: 3, title: 'Lịch sử', bodyHtml: '<p>Chữ</p>' });
  });

  it('accepts version 0, for a page not created yet', () => {
    expect(sitePageFormSchema.safeParse({ key: 'en', version: 0, title: 'English', bodyHtml: '' }).success).toBe(true);
  });

  it('refuses an unknown page, an empty or overlong title and a negative version, in Vietnamese', () => {
    const result = sitePageFormSchema.safeParse({ key: 'trang-la', version: -1, title: ' ', bodyHtml: '' });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.key).toBe('Không có trang nội dung này.');
    expect(errors.title).toBe('Vui lòng nhập tiêu đề.');
    expect(errors.version).toBeTruthy();
    const long = sitePageFormSchema.safeParse({ key: 'en', version: 1, title: 'x'.repeat(201), bodyHtml: '' });
    expect(fieldErrorsOf(long.error!).title).toBe('Tiêu đề dài tối đa 200 ký tự.');
  });
});

describe('restoreSitePageRevisionSchema', () => {
  it('needs a page, a revision and the version the editor saw', () => {
    expect(restoreSitePageRevisionSchema.safeParse({ key: 'co-cau-to-chuc', revisionId: 'abc', version: '2' }).success).toBe(true);
    expect(restoreSitePageRevisionSchema.safeParse({ key: 'co-cau-to-chuc', revisionId: '', version: '2' }).success).toBe(false);
  });
});
