import { categoryFeedPath, SITE_FEED_PATH } from '@/lib/feeds/feed-paths';

/** What an article change touches: the article's URLs before and after, and its categories. */
export type ArticleChange = {
  /** every slug the article had before and after the change (old slug on a rename) */
  slugs: string[];
  /** every category the article was in before and after the change */
  categorySlugs: string[];
};

/** Site-wide documents that list articles: the sitemap and the main feed. */
export const ARTICLE_LISTING_DOCUMENTS = ['/sitemap.xml', SITE_FEED_PATH] as const;

/**
 * The search results page: rendered per request, kept in memory by the portal's server until
 * this path is revalidated (app/tim-kiem/page.tsx, lib/server/front-cache.mjs).
 */
export const SEARCH_PAGE_PATH = '/tim-kiem';

/**
 * Every public path whose content shows the article: its own page and share picture under
 * each slug, the home page, the first page of each of its categories, the sitemap and the
 * RSS feeds, the search results. Numbered category pages and sitemap files are refreshed by route pattern (see
 * revalidateArticleChange) since publishing shifts every page.
 */
export function articleChangePaths(change: ArticleChange): string[] {
  const paths = new Set<string>(['/', ...ARTICLE_LISTING_DOCUMENTS, SEARCH_PAGE_PATH]);
  for (const slug of change.slugs) {
    if (!slug) continue;
    paths.add(`/tin-tuc/${slug}`);
    paths.add(`/tin-tuc/${slug}/og-image.png`);
  }
  for (const slug of change.categorySlugs) {
    if (!slug) continue;
    paths.add(`/chuyen-muc/${slug}`);
    paths.add(categoryFeedPath(slug));
  }
  return [...paths];
}

/** Route patterns of pages refreshed as a whole on any article change. */
export const ARTICLE_CHANGE_ROUTE_PATTERNS = ['/chuyen-muc/[slug]/trang/[page]'] as const;

/**
 * Route patterns refreshed as a layout, i.e. with everything below them: route handlers
 * (the numbered sitemap files) are only reached that way, not as a 'page'.
 */
export const ARTICLE_CHANGE_LAYOUT_PATTERNS = ['/sitemap/[file]'] as const;
