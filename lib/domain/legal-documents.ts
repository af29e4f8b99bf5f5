/**
 * The documents registry (/van-ban, Nghị định 42/2022/NĐ-CP): what a document's fields may
 * hold and how the registry is laid out. Shared by the public pages, the editor area, the
 * validation and the seed.
 */

/** A document is either a draft (editors only) or published (in the public registry). */
export const DOCUMENT_STATUSES = ['draft', 'published'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Bản nháp',
  published: 'Đã công bố',
};

export function isDocumentStatus(value: string): value is DocumentStatus {
  return (DOCUMENT_STATUSES as readonly string[]).includes(value);
}

/**
 * Kinds of document a ward issues (Nghị định 30/2020/NĐ-CP on administrative documents,
 * plus resolutions and decisions), in the order the form lists them.
 */
export const DOCUMENT_TYPES = [
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Quy chế',
  'Quy định',
  'Kế hoạch',
  'Chương trình',
  'Đề án',
  'Phương án',
  'Hướng dẫn',
  'Thông báo',
  'Báo cáo',
  'Tờ trình',
  'Công văn',
  'Văn bản khác',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The issuer most documents of the portal have, offered first in the form. */
export const DEFAULT_DOCUMENT_ISSUER = 'UBND phường Phước Hưng';

/** Documents per page of the registry. */
export const DOCUMENTS_PER_PAGE = 20;

/** The largest PDF accepted: a scanned decision of a few dozen pages fits well below it. */
export const MAX_DOCUMENT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_FILE_TEXT = 'Chỉ nhận tệp PDF, tối đa 20 MB.';

/**
 * Paths below /van-ban that are not documents: the search results and the numbered pages
 * of the registry. A document's slug must never be one of them.
 */
export const RESERVED_DOCUMENT_SLUGS: readonly string[] = ['tra-cuu', 'trang'];

export const DOCUMENTS_PATH = '/van-ban';
export const DOCUMENT_SEARCH_PATH = '/van-ban/tra-cuu';

export function documentPath(slug: string): string {
  return `/van-ban/${slug}`;
}

export function documentDownloadPath(slug: string): string {
  return `/van-ban/${slug}/tai-ve`;
}

/** Page 1 of the registry is /van-ban itself; later pages are /van-ban/trang/<n>. */
export function documentListingPath(page: number): string {
  return page <= 1 ? DOCUMENTS_PATH : `/van-ban/trang/${page}`;
}

/** "Quyết định số 12/2026/QĐ-UBND", how the document is named as a heading. */
export function documentTitle(document: { docType: string; number: string }): string {
  return document.docType === 'Văn bản khác' ? `Văn bản số ${document.number}` : `${document.docType} số ${document.number}`;
}
