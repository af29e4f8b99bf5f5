import { SITEMAP_SOURCES } from '@/lib/data/sitemap';
import { countSitemapEntries, listSitemapEntries, MAX_URLS_PER_SITEMAP, sitemapFileCount, urlSetXml } from '@/lib/seo/sitemap';
import { siteUrl } from '@/lib/site';

// The numbered files of a sitemap index (only a site with more than 50,000 URLs links to
// them). ISR, revalidated on every article change (lib/cache/article-paths.ts).
export const revalidate = 3600;
export const dynamicParams = true;

export async function generateStaticParams() {
  return [];
}

/** /sitemap/<n>.xml: URLs (n − 1) × 50,000 onwards. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const n = /^[1-9]\d{0,4}\.xml$/.test(file) ? Number.parseInt(file, 10) : 0;
  const total = await countSitemapEntries(SITEMAP_SOURCES);
  if (n < 1 || n > sitemapFileCount(total)) return new Response('Không tìm thấy', { status: 404 });
  const entries = await listSitemapEntries(SITEMAP_SOURCES, (n - 1) * MAX_URLS_PER_SITEMAP, MAX_URLS_PER_SITEMAP);
  return new Response(urlSetXml(entries, siteUrl()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
