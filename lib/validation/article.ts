import { isValidSlug, MAX_SLUG_LENGTH } from '@/lib/text/slugify';
import { z } from './zod';

export const MAX_TITLE_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 600;
/** Plenty for a long article with tables; the request size limit stops anything larger first. */
export const MAX_BODY_LENGTH = 400_000;

const id = z.string().trim().min(1).max(40);

/** "2026-11-26T09:30" as a datetime-local input sends it, read in the ward's time zone. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/;

export const localDateTime = z
  .string()
  .trim()
  .max(30)
  .refine((value) => value === '' || LOCAL_DATE_TIME.test(value), 'Ngày giờ chưa đúng dạng ngày/tháng/năm giờ:phút.')
  .transform((value, context) => {
    if (value === '') return null;
    const [, date, time] = LOCAL_DATE_TIME.exec(value)!;
    const instant = new Date(`${date}T${time}:00+07:00`);
    const year = instant.getUTCFullYear();
    if (Number.isNaN(instant.getTime()) || year < 1990 || year > 2200) {
      context.addIssue({ code: 'custom', message: 'Ngày giờ không hợp lệ.' });
      return z.NEVER;
    }
    return instant;
  });

/** The editor's form: everything an editor can type about an article, plus the version it was opened at. */
export const articleFormSchema = z
  .object({
    id,
    version: z.coerce.number().int().min(1).max(1_000_000_000),
    title: z.string().trim().max(MAX_TITLE_LENGTH, `Tiêu đề dài tối đa ${MAX_TITLE_LENGTH} ký tự.`),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(MAX_SLUG_LENGTH, `Đường dẫn dài tối đa ${MAX_SLUG_LENGTH} ký tự.`)
      .refine(
        (value) => value === '' || isValidSlug(value),
        'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: hoi-nghi-dan-van-2023.',
      ),
    summary: z.string().trim().max(MAX_SUMMARY_LENGTH, `Tóm tắt dài tối đa ${MAX_SUMMARY_LENGTH} ký tự.`),
    categoryId: z.string().trim().min(1, 'Vui lòng chọn chuyên mục.').max(40),
    coverId: z
      .string()
      .trim()
      .max(40)
      .nullish()
      .transform((value) => value || null),
    coverAlt: z.string().trim().max(300, 'Mô tả ảnh dài tối đa 300 ký tự.'),
    bodyHtml: z.string().max(MAX_BODY_LENGTH, 'Nội dung quá dài để lưu một lần. Hãy chia thành nhiều bài.'),
    publishedAt: localDateTime,
  })
  .superRefine((value, context) => {
    if (value.coverId && !value.coverAlt) {
      context.addIssue({
        code: 'custom',
        path: ['coverAlt'],
        message: 'Vui lòng mô tả ảnh đại diện cho người không xem được ảnh.',
      });
    }
  });

export type ArticleFormInput = z.output<typeof articleFormSchema>;

/** An article picked by id, with the version the user saw (stale tabs are refused). */
export const articleRefSchema = z.object({ id, version: z.coerce.number().int().min(1).max(1_000_000_000) });

export const restoreRevisionSchema = z.object({
  id,
  revisionId: id,
  version: z.coerce.number().int().min(1).max(1_000_000_000),
});

export const articleIdSchema = z.object({ id });
