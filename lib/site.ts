/** The portal's fixed identity, exactly as the original page shows it. */
export const SITE_KIND = 'Trang thông tin điện tử';
export const SITE_NAME = 'Phường Phước Hưng';
export const SITE_FULL_NAME = `${SITE_KIND} ${SITE_NAME}`;

/** Public base URL used for canonical links, feeds and the sitemap. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  return (configured || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
}

/** Articles per page on category pages. */
export const ARTICLES_PER_PAGE = 10;
/** Articles on the home page. */
export const HOME_ARTICLE_COUNT = 10;
/**
 * How many of the most recent articles are prerendered at build time; older ones render on
 * their first request and are cached. PRERENDER_ARTICLES overrides it (the e2e build uses a
 * small number so that on-demand rendering is exercised too).
 */
export function prerenderedArticleCount(): number {
  const configured = Number(process.env.PRERENDER_ARTICLES);
  return Number.isInteger(configured) && configured >= 0 ? configured : 50;
}
/** Fallback: cached public pages are regenerated at most this often even without an edit. */
export const PAGE_REVALIDATE_SECONDS = 3600;
