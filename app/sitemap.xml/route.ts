import { SITEMAP_SOURCES } from '@/lib/data/sitemap';
import {
  countSitemapEntries,
  listSitemapEntries,
  MAX_URLS_PER_SITEMAP,
  sitemapFileCount,
  sitemapIndexXml,
  urlSetXml,
} from '@/lib/seo/sitemap';
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
  const files = sitemapFileCount(await countSitemapEntries(SITEMAP_SOURCES));
  if (files > 0) return new Response(sitemapIndexXml(files, siteUrl()), { headers: XML });
  const entries = await listSitemapEntries(SITEMAP_SOURCES, 0, MAX_URLS_PER_SITEMAP);
  return new Response(urlSetXml(entries, siteUrl()), { headers: XML });
}
