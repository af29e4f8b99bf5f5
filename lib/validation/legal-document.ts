import { DOCUMENT_TYPES, RESERVED_DOCUMENT_SLUGS } from '@/lib/domain/legal-documents';
import { isValidSlug } from '@/lib/text/slugify';
import { siteLocalToDate } from '@/lib/text/format-date';
import { MAX_BODY_LENGTH } from './article';
import { z } from './zod';

export const MAX_DOCUMENT_NUMBER_LENGTH = 100;
export const MAX_DOCUMENT_SUMMARY_LENGTH = 1000;
export const MAX_DOCUMENT_SLUG_LENGTH = 120;
/** A document may be entered a little before its date (announced ahead); further ahead is a typing mistake. */
export const MAX_DAYS_ISSUED_AHEAD = 30;
const EARLIEST_ISSUE_DATE = '1945-09-02';

const id = z.string().trim().min(1).max(40);
const version = z.coerce.number().int().min(1).max(1_000_000_000);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a day that exists: "2026-02-30" does not. */
function isRealDay(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-03-12" as a date input sends it: that day in the ward's time zone (00:00 +07:00). */
export const issueDate = z
  .string({ error: 'Vui lòng nhập ngày ban hành.' })
  .trim()
  .min(1, 'Vui lòng nhập ngày ban hành.')
  .max(10, 'Ngày ban hành chưa đúng dạng ngày/tháng/năm.')
  .refine((value) => ISO_DATE.test(value), 'Ngày ban hành chưa đúng dạng ngày/tháng/năm.')
  .transform((value, context) => {
    if (!isRealDay(value)) {
      context.addIssue({ code: 'custom', message: 'Ngày ban hành không tồn tại. Vui lòng kiểm tra lại ngày, tháng, năm.' });
      return z.NEVER;
    }
    if (value < EARLIEST_ISSUE_DATE) {
      context.addIssue({ code: 'custom', message: 'Ngày ban hành không thể trước ngày 02/09/1945.' });
      return z.NEVER;
    }
    const date = siteLocalToDate(value);
    if (date.getTime() > Date.now() + MAX_DAYS_ISSUED_AHEAD * 24 * 60 * 60 * 1000) {
      context.addIssue({
        code: 'custom',
        message: `Ngày ban hành ở quá xa trong tương lai (hơn ${MAX_DAYS_ISSUED_AHEAD} ngày kể từ hôm nay). Vui lòng kiểm tra lại năm.`,
      });
      return z.NEVER;
    }
    return date;
  });

const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value) => value === true || value === 'true' || value === 'on' || value === '1');

/**
 * Everything an editor types about a document, plus the version the form was opened at
 * (0 and an empty id when it is new). The slug may be left empty: it is then made from
 * the number and the summary.
 */
export const documentFormSchema = z.object({
  id: z.string().trim().max(40).optional().default(''),
  version: z.coerce.number().int().min(0).max(1_000_000_000).optional().default(0),
  number: z
    .string({ error: 'Vui lòng nhập số, ký hiệu văn bản.' })
    .trim()
    .min(1, 'Vui lòng nhập số, ký hiệu văn bản, ví dụ: 12/2026/QĐ-UBND.')
    .max(MAX_DOCUMENT_NUMBER_LENGTH, `Số, ký hiệu dài tối đa ${MAX_DOCUMENT_NUMBER_LENGTH} ký tự.`),
  issuedAt: issueDate,
  issuer: z
    .string({ error: 'Vui lòng nhập cơ quan ban hành.' })
    .trim()
    .min(1, 'Vui lòng nhập cơ quan ban hành.')
    .max(200, 'Cơ quan ban hành dài tối đa 200 ký tự.'),
  docType: z.enum(DOCUMENT_TYPES, { error: 'Vui lòng chọn loại văn bản.' }),
  field: z
    .string({ error: 'Vui lòng nhập lĩnh vực.' })
    .trim()
    .min(1, 'Vui lòng nhập lĩnh vực, ví dụ: Tiếp công dân.')
    .max(100, 'Lĩnh vực dài tối đa 100 ký tự.'),
  summary: z
    .string({ error: 'Vui lòng nhập trích yếu.' })
    .trim()
    .min(1, 'Vui lòng nhập trích yếu (nội dung tóm tắt của văn bản).')
    .max(MAX_DOCUMENT_SUMMARY_LENGTH, `Trích yếu dài tối đa ${MAX_DOCUMENT_SUMMARY_LENGTH} ký tự.`),
  inForce: checkbox,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(MAX_DOCUMENT_SLUG_LENGTH, `Đường dẫn dài tối đa ${MAX_DOCUMENT_SLUG_LENGTH} ký tự.`)
    .optional()
    .default('')
    .refine(
      (value) => value === '' || isValidSlug(value),
      'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: 12-2026-qd-ubnd-quy-che-tiep-cong-dan.',
    )
    .refine((value) => !RESERVED_DOCUMENT_SLUGS.includes(value), 'Đường dẫn này dành cho trang khác của mục Văn bản. Vui lòng chọn đường dẫn khác.'),
  fileId: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .transform((value) => value || null),
  bodyHtml: z.string().max(MAX_BODY_LENGTH, 'Toàn văn quá dài để lưu một lần.').optional().default(''),
});

export type DocumentFormInput = z.output<typeof documentFormSchema>;

/** A document picked by id, with the version the user saw (stale tabs are refused). */
export const documentRefSchema = z.object({ id, version });

export const restoreDocumentRevisionSchema = z.object({ id, revisionId: id, version });
