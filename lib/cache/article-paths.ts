/** What an article change touches: the article's URLs before and after, and its categories. */
export type ArticleChange = {
  /** every slug the article had before and after the change (old slug on a rename) */
  slugs: string[];
  /** every category the article was in before and after the change */
  categorySlugs: string[];
};

/** Site-wide documents that list articles: the sitemap and the main feed. */
export const ARTICLE_LISTING_DOCUMENTS = ['/sitemap.xml', '/rss.xml'] as const;

/**
 * Every public path whose content shows the article: its own page under each slug, the
 * home page, the first page and the feed of each of its categories, the sitemap and the
 * main feed. Numbered category pages are refreshed by route pattern (see
 * revalidateArticleChange) since publishing shifts every page.
 */
export function articleChangePaths(change: ArticleChange): string[] {
  const paths = new Set<string>(['/', ...ARTICLE_LISTING_DOCUMENTS]);
  for (const slug of change.slugs) if (slug) paths.add(`/tin-tuc/${slug}`);
  for (const slug of change.categorySlugs) {
    if (!slug) continue;
    paths.add(`/chuyen-muc/${slug}`);
    paths.add(`/chuyen-muc/${slug}/rss.xml`);
  }
  return [...paths];
}

/** Route patterns refreshed as a whole on any article change. */
export const ARTICLE_CHANGE_ROUTE_PATTERNS = ['/chuyen-muc/[slug]/trang/[page]'] as const;
