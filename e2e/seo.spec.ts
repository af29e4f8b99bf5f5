import { expect, test } from '@playwright/test';
import { RELATED_FIXTURE } from './fixtures/fixture-articles';
import { seedArticlePath, seedArticleSlug, seedPage } from './support/public-pages';
import { htmlErrors, readXml } from './support/validators';
import { SITEMAP_XSD, validateXml } from '@/test/xml/validate-xml';

const seedTitle = seedPage.article.title;
const firstSentence =
  'Chiều ngày 28/6, Đảng ủy phường tổ chức Hội nghị Sơ kết công tác Dân vận, Quy chế dân chủ ở cơ sở, Chương trình phối hợp và phong trào thi đua “Dân vận khéo” 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2023.';

test('an article tells search engines and link previews what it is', async ({ page, baseURL }) => {
  await page.goto(seedArticlePath);
  const url = `${baseURL}${seedArticlePath}`;
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');

  await expect(page).toHaveTitle(`${seedTitle} | Phường Phước Hưng`);
  // the seed article has no summary: the first sentence of its body describes it
  expect(await meta('meta[name="description"]')).toBe(firstSentence);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:title"]')).toBe(seedTitle);
  expect(await meta('meta[property="og:url"]')).toBe(url);
  expect(await meta('meta[property="og:locale"]')).toBe('vi_VN');
  expect(await meta('meta[property="article:published_time"]')).toBe('2023-06-30T10:23:00+07:00');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = await meta('meta[property="og:image"]');
  expect(image).toBe(`${url}/og-image.png`);

  // the generated picture exists, is a 1200×630 PNG, and is cached like the page
  const picture = await page.request.get(image!);
  expect(picture.status()).toBe(200);
  expect(picture.headers()['content-type']).toBe('image/png');
  const png = await picture.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect((await page.request.get(image!)).headers()['x-nextjs-cache']).toBe('HIT');

  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', `${baseURL}/rss.xml`);
});

test('an article with a cover shares the cover, resized', async ({ page, baseURL }) => {
  await page.goto(`/tin-tuc/${RELATED_FIXTURE.slug}`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${baseURL}/_next/image?url=%2Fmedia%2Fe2e%2Fcover.png&w=1200&q=75`);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(RELATED_FIXTURE.summary);
  const response = await page.request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
});

test('an article carries NewsArticle and BreadcrumbList structured data', async ({ page, baseURL }) => {
  await page.goto(seedArticlePath);
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const article = blocks.find((block) => block['@type'] === 'NewsArticle');
  const breadcrumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');

  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    headline: seedTitle,
    description: firstSentence,
    datePublished: '2023-06-30T10:23:00+07:00',
    dateModified: '2023-06-30T10:23:00+07:00',
    image: [`${baseURL}${seedArticlePath}/og-image.png`],
    mainEntityOfPage: { '@id': `${baseURL}${seedArticlePath}` },
    publisher: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân Phường Phước Hưng', url: `${baseURL}/` },
    author: [{ '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân Phường Phước Hưng' }],
  });
  // the shipped contact details are samples: not published as facts
  expect(article.publisher).not.toHaveProperty('telephone');
  expect(article).not.toHaveProperty('aggregateRating');

  expect(breadcrumbs.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${baseURL}/` },
    { '@type': 'ListItem', position: 2, name: 'Tin tức – Sự kiện', item: `${baseURL}/chuyen-muc/tin-tuc-su-kien` },
    { '@type': 'ListItem', position: 3, name: seedTitle, item: `${baseURL}${seedArticlePath}` },
  ]);
});

test('the home page describes the office as a government organisation', async ({ page, baseURL }) => {
  await page.goto('/');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const graph = blocks.flatMap((block) => block['@graph'] ?? [block]);
  expect(graph).toContainEqual(
    expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân Phường Phước Hưng', url: `${baseURL}/` }),
  );
  expect(graph).toContainEqual(expect.objectContaining({ '@type': 'WebSite', url: `${baseURL}/` }));
  // "http://host" and "http://host/" are the same address; Next.js writes the first
  expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).href).toBe(`${baseURL}/`);
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(`${baseURL}/og-image.png`);
});

test('the article page is valid HTML (Nu Html Checker)', async ({ request }) => {
  test.slow();
  const html = await (await request.get(seedArticlePath)).text();
  expect(htmlErrors(html)).toEqual([]);
});

test('robots.txt keeps crawlers out of the editors’ area and the API and names the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Disallow: /quan-tri');
  expect(lines).toContain('Disallow: /api/');
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('the sitemap lists every published article and category with lastmod, valid against the sitemaps.org schema', async ({
  page,
  request,
  baseURL,
}) => {
  test.slow();
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  expect(validateXml(xml, SITEMAP_XSD)).toEqual({ valid: true, problems: [] });

  const { parseError, root, texts } = await readXml(page, xml, ['url > loc', 'url']);
  expect(parseError).toBeNull();
  expect(root).toBe('urlset');
  const locs = texts['url > loc'];
  expect(locs).toContain(`${baseURL}/`);
  expect(locs).toContain(`${baseURL}/chuyen-muc/tin-tuc-su-kien`);
  expect(locs).toContain(`${baseURL}/chuyen-muc/thong-bao`);
  expect(locs).toContain(`${baseURL}${seedArticlePath}`);
  expect(locs).toContain(`${baseURL}/tin-tuc/${RELATED_FIXTURE.slug}`);
  // drafts are not public, old slugs redirect
  expect(locs.some((loc) => loc.includes('ban-nhap-chua-xuat-ban'))).toBe(false);
  expect(locs.some((loc) => loc.includes('ke-hoach-ve-sinh-moi-truong-cu'))).toBe(false);
  expect(new Set(locs).size).toBe(locs.length);
  expect(xml).toContain(`<loc>${baseURL}/tin-tuc/${seedArticleSlug}</loc><lastmod>2023-06-30T10:23:00+07:00</lastmod>`);
  expect((await request.get('/sitemap.xml')).headers()['x-nextjs-cache']).toBe('HIT');
  // a small site needs no sitemap index, so there are no numbered files
  expect((await request.get('/sitemap/1.xml')).status()).toBe(404);
});

test('the RSS feed lists the latest articles with their publication dates', async ({ page, request, baseURL }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const { parseError, root, texts } = await readXml(page, await response.text(), [
    'channel > link:not([rel])',
    'item > title',
    'item > link',
    'item > pubDate',
    'item > guid',
  ]);
  expect(parseError).toBeNull();
  expect(root).toBe('rss');
  expect(texts['channel > link:not([rel])']).toEqual([`${baseURL}/`]);
  // newest first: the seed article (30/06/2023 10:23 +07:00) leads
  expect(texts['item > title'][0]).toBe(seedTitle);
  expect(texts['item > link'][0]).toBe(`${baseURL}${seedArticlePath}`);
  expect(texts['item > pubDate'][0]).toBe('Fri, 30 Jun 2023 03:23:00 GMT');
  expect(new Date(texts['item > pubDate'][0]).getTime()).toBe(new Date('2023-06-30T10:23:00+07:00').getTime());
  expect(new Set(texts['item > guid']).size).toBe(texts['item > guid'].length);
  expect(texts['item > title']).not.toContain('Bản nháp chưa xuất bản');
  for (const link of texts['item > link']) expect(link.startsWith(`${baseURL}/tin-tuc/`)).toBe(true);
});

test('each category has its own RSS feed with only its articles', async ({ page, request, baseURL }) => {
  await page.goto('/chuyen-muc/thong-bao');
  const [breadcrumbs] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1 }, { position: 2, name: 'Thông báo', item: `${baseURL}/chuyen-muc/thong-bao` }] });
  const feedLink = page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/chuyen-muc/thong-bao/rss.xml"]');
  await expect(feedLink).toHaveCount(1);

  const response = await request.get('/chuyen-muc/thong-bao/rss.xml');
  expect(response.status()).toBe(200);
  const { parseError, texts } = await readXml(page, await response.text(), ['channel > link:not([rel])', 'item > title', 'item > category']);
  expect(parseError).toBeNull();
  expect(texts['channel > link:not([rel])']).toEqual([`${baseURL}/chuyen-muc/thong-bao`]);
  expect(texts['item > title'][0]).toBe('Thông báo lịch tiếp công dân số 12');
  expect(texts['item > title']).not.toContain(seedTitle);
  expect(new Set(texts['item > category'])).toEqual(new Set(['Thông báo']));

  expect((await request.get('/chuyen-muc/khong-ton-tai/rss.xml')).status()).toBe(404);
});
