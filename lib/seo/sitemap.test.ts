import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX_XSD, SITEMAP_XSD, validateXml } from '@/test/xml/validate-xml';
import { listSitemapEntries, sitemapFileCount, sitemapIndexXml, urlSetXml, type SitemapSource } from './sitemap';

const base = 'https://phuochung.example.gov.vn';

function source(name: string, count: number): SitemapSource {
  return {
    name,
    count: async () => count,
    list: async (offset, limit) =>
      Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) => ({ path: `/${name}/${offset + i}` })),
  };
}

describe('urlSetXml', () => {
  it('is valid against the sitemaps.org schema, with +07:00 lastmod and escaped URLs', () => {
    const xml = urlSetXml(
      [
        { path: '/', lastModified: new Date('2023-06-30T03:23:00Z') },
        { path: '/tin-tuc/so-ket-cong-tac-dan-van', lastModified: new Date('2023-06-30T03:23:00Z') },
        { path: '/tim-kiem?q=a&b=<c>' },
      ],
      base,
    );
    expect(xml).toContain('<lastmod>2023-06-30T10:23:00+07:00</lastmod>');
    expect(xml).toContain(`<loc>${base}/tim-kiem?q=a&amp;b=&lt;c&gt;</loc>`);
    expect(validateXml(xml, SITEMAP_XSD)).toEqual({ valid: true, problems: [] });
  });

  it('fails the schema when it should (the validator is real)', () => {
    const broken = urlSetXml([{ path: '/' }], base).replace('<loc>', '<lastmod>30/06/2023</lastmod><loc>');
    expect(validateXml(broken, SITEMAP_XSD).valid).toBe(false);
  });
});

describe('sitemapIndexXml', () => {
  it('lists the numbered sitemap files, valid against the sitemaps.org index schema', () => {
    const xml = sitemapIndexXml(3, base);
    expect(xml).toContain(`<loc>${base}/sitemap/1.xml</loc>`);
    expect(xml).toContain(`<loc>${base}/sitemap/3.xml</loc>`);
    expect(validateXml(xml, SITEMAP_INDEX_XSD)).toEqual({ valid: true, problems: [] });
  });
});

describe('sitemapFileCount', () => {
  it('needs no index up to 50,000 URLs, then one file per 50,000', () => {
    expect(sitemapFileCount(0)).toBe(0);
    expect(sitemapFileCount(50_000)).toBe(0);
    expect(sitemapFileCount(50_001)).toBe(2);
    expect(sitemapFileCount(120_000)).toBe(3);
  });
});

describe('listSitemapEntries', () => {
  const sources = [source('muc', 3), source('bai', 10)];

  it('runs through the sources one after the other', async () => {
    expect((await listSitemapEntries(sources, 0, 5)).map((e) => e.path)).toEqual(['/muc/0', '/muc/1', '/muc/2', '/bai/0', '/bai/1']);
  });

  it('cuts files across source boundaries without losing or repeating an entry', async () => {
    const files = [await listSitemapEntries(sources, 0, 4), await listSitemapEntries(sources, 4, 4), await listSitemapEntries(sources, 8, 4), await listSitemapEntries(sources, 12, 4)];
    expect(files.map((f) => f.length)).toEqual([4, 4, 4, 1]);
    const all = files.flat().map((e) => e.path);
    expect(new Set(all).size).toBe(13);
    expect(all.at(-1)).toBe('/bai/9');
  });
});
