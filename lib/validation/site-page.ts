import { MAX_PAGE_TITLE_LENGTH, SITE_PAGE_KEYS } from '@/lib/domain/site-pages';
import { MAX_BODY_LENGTH } from './article';
import { z } from './zod';

const pageKey = z.enum(SITE_PAGE_KEYS, { error: 'Không có trang nội dung này.' });
/** The version the editor opened; 0 for a page not created yet. */
const version = z.coerce.number().int().min(0).max(1_000_000_000);

/** The editor of a site page (Chức năng, nhiệm vụ; Cơ cấu tổ chức; Lịch sử; English page). */
export const sitePageFormSchema = z.object({
  key: pageKey,
  version,
  title: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập tiêu đề.')
    .max(MAX_PAGE_TITLE_LENGTH, `Tiêu đề dài tối đa ${MAX_PAGE_TITLE_LENGTH} ký tự.`),
  bodyHtml: z.string().max(MAX_BODY_LENGTH, 'Nội dung quá dài để lưu một lần.'),
});

export type SitePageFormInput = z.output<typeof sitePageFormSchema>;

export const restoreSitePageRevisionSchema = z.object({
  key: pageKey,
  revisionId: z.string().trim().min(1).max(40),
  version,
});

export type RestoreSitePageRevisionInput = z.output<typeof restoreSitePageRevisionSchema>;
