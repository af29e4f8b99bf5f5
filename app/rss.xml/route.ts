import { getFeedArticles } from '@/lib/data/feeds';
import { getSiteSettings } from '@/lib/data/site-settings';
import { buildRssFeed } from '@/lib/feeds/build-feed';
import { SITE_FEED_PATH } from '@/lib/feeds/feed-paths';
import { SITE_FULL_NAME, SITE_NAME, siteUrl } from '@/lib/site';

// ISR like the pages: an article change revalidates it (lib/cache/article-paths.ts).
export const revalidate = 3600;

/** RSS 2.0 of the portal's newest articles. */
export async function GET() {
  const [articles, settings] = await Promise.all([getFeedArticles(), getSiteSettings()]);
  const xml = buildRssFeed({
    baseUrl: siteUrl(),
    title: SITE_FULL_NAME,
    description: `Tin tức, thông báo mới nhất của ${SITE_NAME}.`,
    pagePath: '/',
    feedPath: SITE_FEED_PATH,
    copyright: settings.officeName.value,
    articles,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
