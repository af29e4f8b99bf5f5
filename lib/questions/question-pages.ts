import { QUESTIONS_PER_PAGE } from '@/lib/domain/questions';

export const QUESTIONS_PATH = '/hoi-dap';
export const QUESTION_SEARCH_PATH = '/hoi-dap/tim-kiem';
/** Where the public form sits on /hoi-dap; a submission without JavaScript comes back to it. */
export const QUESTION_FORM_ANCHOR = 'gui-cau-hoi';

/** Page `page` of the published questions: /hoi-dap, /hoi-dap/trang/2, … */
export function questionPageHref(page: number): string {
  return page <= 1 ? QUESTIONS_PATH : `${QUESTIONS_PATH}/trang/${page}`;
}

export function questionPageCount(publishedCount: number): number {
  return Math.max(1, Math.ceil(publishedCount / QUESTIONS_PER_PAGE));
}

/**
 * The numbered listing pages a change may touch besides /hoi-dap itself: every page that has
 * questions now, and the one after the last (a question fewer leaves it empty, one more fills it).
 */
export function questionListingPaths(publishedCount: number): string[] {
  const last = questionPageCount(publishedCount) + 1;
  return Array.from({ length: last - 1 }, (_, index) => questionPageHref(index + 2));
}

/** A search results page of the questions, for a query and a page. */
export function questionSearchHref(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('trang', String(page));
  return `${QUESTION_SEARCH_PATH}?${params}`;
}
