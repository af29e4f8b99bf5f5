// Sitemaps (sitemaps.org protocol 0.9). /sitemap.xml lists every URL while they fit in one
// file (50,000 URLs); past that it becomes a sitemap index of /sitemap/1.xml, /sitemap/2.xml, …
// The URLs come from a list of sources (lib/data/sitemap.ts): a new kind of public page
// (a section, a document registry) is one more source.
import { escapeHtml } from '@/lib/html/escape';
import { toSiteIsoString } from '@/lib/text/format-date';

/** The protocol's limit of URLs per sitemap file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export type SitemapEntry = {
  /** path on this site, e.g. "/tin-tuc/so-ket" */
  path: string;
  lastModified?: Date;
};

/** One kind of public page, listed in a stable order so that files can be cut into pages. */
export type SitemapSource = {
  name: string;
  count(): Promise<number>;
  /** entries `offset` … `offset + limit - 1` of this source */
  list(offset: number, limit: number): Promise<SitemapEntry[]>;
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function urlElement(tag: 'url' | 'sitemap', loc: string, lastModified?: Date): string {
  const lastmod = lastModified ? `<lastmod>${toSiteIsoString(lastModified)}</lastmod>` : '';
  return `<${tag}><loc>${escapeHtml(loc)}</loc>${lastmod}</${tag}>`;
}

/** A <urlset> of the entries, with absolute URLs and lastmod in +07:00 time. */
export function urlSetXml(entries: SitemapEntry[], baseUrl: string): string {
  const urls = entries.map((entry) => urlElement('url', `${baseUrl}${entry.path}`, entry.lastModified));
  return `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * How many numbered sitemap files the site needs: none while /sitemap.xml can list every
 * URL itself, else enough for MAX_URLS_PER_SITEMAP each.
 */
export function sitemapFileCount(totalUrls: number): number {
  return totalUrls > MAX_URLS_PER_SITEMAP ? Math.ceil(totalUrls / MAX_URLS_PER_SITEMAP) : 0;
}

/** The address of the n-th sitemap file (from 1) when the site needs an index. */
export function sitemapFilePath(n: number): string {
  return `/sitemap/${n}.xml`;
}

/** A <sitemapindex> of `fileCount` sitemap files. */
export function sitemapIndexXml(fileCount: number, baseUrl: string): string {
  const files = Array.from({ length: fileCount }, (_, i) => urlElement('sitemap', `${baseUrl}${sitemapFilePath(i + 1)}`));
  return `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${files.join('\n')}\n</sitemapindex>\n`;
}

/** How many URLs the sources list in all. */
export async function countSitemapEntries(sources: SitemapSource[]): Promise<number> {
  const counts = await Promise.all(sources.map((source) => source.count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Entries `offset` … `offset + limit - 1` of all sources one after the other (the n-th
 * sitemap file holds offset (n - 1) × MAX_URLS_PER_SITEMAP onwards).
 */
export async function listSitemapEntries(sources: SitemapSource[], offset: number, limit: number): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  let skip = offset;
  for (const source of sources) {
    if (entries.length >= limit) break;
    const count = await source.count();
    if (skip >= count) {
      skip -= count;
      continue;
    }
    entries.push(...(await source.list(skip, limit - entries.length)));
    skip = 0;
  }
  return entries;
}
