/** One page of what the full-text index found. */
export type SearchIndexPage = {
  /** ids of published articles, best match first */
  articleIds: string[];
  /** how many published articles match, counted up to the `countUpTo` asked for */
  total: number;
  /** false when more than `countUpTo` match (then `total` is `countUpTo`) */
  exact: boolean;
};

/**
 * What a database's full-text index answers. Every implementation folds case, Vietnamese
 * diacritics and đ → d the same way (lib/search/fold.ts), so SQLite (FTS5) and
 * PostgreSQL (tsvector + unaccent) return the same articles for the same query.
 */
export interface ArticleSearchIndex {
  /**
   * Published articles containing every one of `terms` (already folded by searchTerms) in
   * their title, summary or body, ranked by relevance (a title match weighs most), then
   * newest first.
   */
  find(terms: readonly string[], range: { limit: number; offset: number; countUpTo: number }): Promise<SearchIndexPage>;
}
