import { removeDiacritics } from '@/lib/text/slugify';

/** Longest query we look at, in characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most words a query may use; more only slow the index down without narrowing much. */
export const MAX_QUERY_TERMS = 8;

/**
 * Text as the search index sees it: lowercase, without Vietnamese tone and vowel marks, đ
 * as d. "Đảng ủy" → "dang uy". The SQLite index folds stored text the same way (unicode61
 * tokenizer with remove_diacritics 2, plus đ → d in its triggers).
 */
export function foldForSearch(text: string): string {
  return removeDiacritics(text.normalize('NFC')).toLowerCase();
}

// A word is a run of letters and digits (with their combining marks, should the text be
// decomposed), as the unicode61 tokenizer sees it.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The distinct folded words of a reader's query, in order: "Dân vận, DÂN VẬN khéo!" → ["dan", "van", "kheo"]. */
export function searchTerms(query: string): string[] {
  const words = foldForSearch(query.slice(0, MAX_QUERY_LENGTH)).match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
}

/** The words of `text` with their positions, for highlighting. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
