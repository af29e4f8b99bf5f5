/** What an article change touches: the article's URLs before and after, and its categories. */
export type ArticleChange = {
  /** every slug the article had before and after the change (old slug on a rename) */
  slugs: string[];
  /** every category the article was in before and after the change */
  categorySlugs: string[];
};

/**
 * Every public path whose HTML shows the article: its own page under each slug, the home
 * page and the first page of each of its categories. Numbered category pages are refreshed
 * by route pattern (see revalidateArticleChange) since publishing shifts every page.
 */
export function articleChangePaths(change: ArticleChange): string[] {
  const paths = new Set<string>(['/']);
  for (const slug of change.slugs) if (slug) paths.add(`/tin-tuc/${slug}`);
  for (const slug of change.categorySlugs) if (slug) paths.add(`/chuyen-muc/${slug}`);
  return [...paths];
}

/** Route patterns refreshed as a whole on any article change. */
export const ARTICLE_CHANGE_ROUTE_PATTERNS = ['/chuyen-muc/[slug]/trang/[page]'] as const;
