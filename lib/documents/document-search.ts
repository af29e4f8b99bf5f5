import { foldForSearch, searchTerms, wordsOf } from '@/lib/search/fold';

/**
 * The document's searchText: its type, number and summary folded (no case, no diacritics,
 * đ as d) into words separated by single spaces, with a space at both ends, so that a
 * query word can be looked up as the start of a word (" quyet") or, for numbers, as a
 * whole word (" 12 "). The type is included so that "quyet dinh 12" finds
 * "Quyết định 12/2026/QĐ-UBND".
 */
export function documentSearchText(document: { docType: string; number: string; summary: string }): string {
  const words = wordsOf(foldForSearch(`${document.docType} ${document.number} ${document.summary}`)).map((w) => w.word);
  return words.length ? ` ${words.join(' ')} ` : '';
}

/**
 * What each word of a reader's query must find in searchText: a number as a whole word
 * ("12" must not find "120/2026"), any other word as the start of a word ("quyet" finds
 * "quyết", "ubn" finds "UBND"). "12/2026/QĐ-UBND" becomes " 12 ", " 2026 ", " qd", " ubnd".
 */
export function documentSearchPatterns(query: string): string[] {
  return searchTerms(query).map((term) => (/^\d+$/.test(term) ? ` ${term} ` : ` ${term}`));
}

/** Whether a searchText matches a query the way the database query does (for tests and checks). */
export function matchesDocumentSearch(searchText: string, query: string): boolean {
  return documentSearchPatterns(query).every((pattern) => searchText.includes(pattern));
}
