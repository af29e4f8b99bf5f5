import { SITE_FULL_NAME } from '@/lib/site';

/** The portal's RSS feed of the latest articles. */
export const SITE_FEED_PATH = '/rss.xml';

/** The RSS feed of one category. */
export function categoryFeedPath(categorySlug: string): string {
  return `/chuyen-muc/${categorySlug}/rss.xml`;
}

/** A category's feed as pages announce it (<link rel="alternate">). */
export function categoryFeed(category: { slug: string; name: string }): { url: string; title: string } {
  return { url: categoryFeedPath(category.slug), title: `${category.name} – ${SITE_FULL_NAME}` };
}
