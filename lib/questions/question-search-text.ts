import { htmlToText } from '@/lib/html/excerpt';
import { foldForSearch, searchTerms } from '@/lib/search/fold';

/**
 * A question's stored search text: its subject, question and answer, folded (no diacritics,
 * lowercase) into words with a space before each, so that a query word can be matched at the
 * start of a word (" dang ky" finds "đăng ký" but "ang" finds nothing).
 */
export function questionSearchText({ subject, content, answerHtml }: { subject: string; content: string; answerHtml: string }): string {
  const words = foldForSearch([subject, content, htmlToText(answerHtml)].join(' ')).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.length ? ` ${words.join(' ')} ` : '';
}

/** What each query word must match in the search text: the start of a word. */
export function questionSearchPatterns(query: string): string[] {
  return searchTerms(query).map((term) => ` ${term}`);
}
