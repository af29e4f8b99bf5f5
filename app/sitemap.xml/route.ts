import { SITEMAP_SOURCES } from '@/lib/data/sitemap';
import { countSitemapEntries, listSitemapEntries, MAX_URLS_PER_SITEMAP, sitemapIndexXml, urlSetXml } from '@/lib/seo/sitemap';
import { siteUrl } from '@/lib/site';

// ISR, revalidated on every article change (lib/cache/article-paths.ts).
export const revalidate = 3600;

const XML = { 'Content-Type': 'application/xml; charset=utf-8' };

/**
 * The sitemap robots.txt names. A route handler rather than app/sitemap.ts with
 * generateSitemaps: that would serve /sitemap/0.xml … but no index at this one address, and
 * a small site should not need an index at all. Here /sitemap.xml is the list of URLs while
 * they fit in one file, and a sitemap index of /sitemap/<n>.xml past that.
 */
export async function GET() {
  const total = await countSitemapEntries(SITEMAP_SOURCES);
  if (total > MAX_URLS_PER_SITEMAP) {
    return new Response(sitemapIndexXml(Math.ceil(total / MAX_URLS_PER_SITEMAP), siteUrl()), { headers: XML });
  }
  const entries = await listSitemapEntries(SITEMAP_SOURCES, 0, MAX_URLS_PER_SITEMAP);
  return new Response(urlSetXml(entries, siteUrl()), { headers: XML });
}
