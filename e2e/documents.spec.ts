import { expect, test, type Page } from '@playwright/test';
import { documentSlug } from '@/lib/documents/document-slug';
import { SAMPLE_DOCUMENTS } from '@/lib/seed/seed-documents';
import { formatDate, siteLocalToDate } from '@/lib/text/format-date';
import { htmlErrors } from './support/validators';

const decision = SAMPLE_DOCUMENTS.find((d) => d.number === '12/2026/QĐ-UBND')!;
const decisionPath = `/van-ban/${documentSlug(decision.number, decision.summary)}`;
const newestFirst = [...SAMPLE_DOCUMENTS].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));

const registry = (page: Page) => page.getByRole('table');
const rows = (page: Page) => registry(page).getByRole('rowgroup').nth(1).getByRole('row');
/** Submits the filter form and waits for the results page the browser loads (no JavaScript here). */
async function submitFilters(page: Page, expected: (params: URLSearchParams) => boolean) {
  await page.getByRole('search', { name: 'Tra cứu văn bản' }).getByRole('button', { name: 'Tra cứu' }).click();
  await page.waitForURL((url) => url.pathname === '/van-ban/tra-cuu' && expected(url.searchParams));
}

const numbersShown = async (page: Page) => (await rows(page).locator('td:first-child').allInnerTexts()).map((text) => text.replace(/^Số\/ký hiệu:\s*/, '').trim());

test('the registry lists the sample documents, newest first, each with its date, summary, type, status and PDF', async ({ page, isMobile }) => {
  await page.goto('/van-ban');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản');
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText('Trang chủ');
  await expect(page.getByText(`${SAMPLE_DOCUMENTS.length} văn bản`, { exact: true })).toBeVisible();
  expect(await numbersShown(page)).toEqual(newestFirst.map((d) => d.number));

  const row = rows(page).filter({ hasText: decision.number });
  await expect(row.getByRole('cell', { name: new RegExp(`${formatDate(siteLocalToDate(decision.issuedOn))}$`) })).toBeVisible();
  await expect(row.getByRole('link', { name: decision.summary })).toHaveAttribute('href', decisionPath);
  await expect(row.getByText('Dữ liệu mẫu')).toBeVisible();
  await expect(row.getByRole('cell', { name: /^(Loại văn bản: )?Quyết định$/ })).toBeVisible();
  await expect(row.getByText('Còn hiệu lực')).toBeVisible();
  await expect(row.getByRole('link', { name: /^Tải PDF văn bản số 12\/2026\/QĐ-UBND \(\d+ (byte|KB)\)$/ })).toHaveAttribute('href', `${decisionPath}/tai-ve`);
  await expect(rows(page).filter({ hasText: '05/2025/QĐ-UBND' }).getByText('Hết hiệu lực')).toBeVisible();
  await expect(page.getByText(/^Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/)).toBeVisible();

  if (isMobile) {
    // A phone shows each row as a card with its own labels; no column headers take the width.
    expect((await registry(page).locator('thead').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await expect(row.getByText('Ngày ban hành:')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } else {
    await expect(registry(page).getByRole('columnheader')).toHaveText(['Số/ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Loại văn bản', 'Hiệu lực', 'Tệp']);
    await expect(row.getByText('Ngày ban hành:')).toBeHidden();
  }
});

test('the registry is a static page, served from the cache', async ({ request }) => {
  await request.get('/van-ban');
  const response = await request.get('/van-ban');
  expect(response.status()).toBe(200);
  expect(response.headers()['x-nextjs-cache']).toBe('HIT');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters narrow the registry by type, year, field and issuer', async ({ page }) => {
    await page.goto('/van-ban');
    const form = page.getByRole('search', { name: 'Tra cứu văn bản' });
    await form.getByLabel('Loại văn bản').selectOption('Kế hoạch');
    await submitFilters(page, (params) => params.get('loai') === 'Kế hoạch');
    await expect(page).toHaveURL(/\/van-ban\/tra-cuu\?.*loai=K%E1%BA%BF\+ho%E1%BA%A1ch/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu văn bản');
    expect(await numbersShown(page)).toEqual(['130/KH-UBND', '45/KH-UBND']);
    await expect(page.getByText('Tìm thấy 2 văn bản')).toBeVisible();
    // the form keeps what was chosen
    await expect(page.getByRole('search', { name: 'Tra cứu văn bản' }).getByLabel('Loại văn bản')).toHaveValue('Kế hoạch');

    await page.goto('/van-ban');
    await page.getByLabel('Năm ban hành').selectOption('2025');
    await submitFilters(page, (params) => params.get('nam') === '2025');
    expect(await numbersShown(page)).toEqual(['02/CT-UBND', '05/2025/QĐ-UBND']);

    await page.getByLabel('Năm ban hành').selectOption('');
    await page.getByLabel('Lĩnh vực').selectOption('Tiếp công dân');
    await submitFilters(page, (params) => params.get('linh-vuc') === 'Tiếp công dân' && !params.get('nam'));
    expect(await numbersShown(page)).toEqual(['88/TB-UBND', '12/2026/QĐ-UBND']);
    await expect(page.getByLabel('Cơ quan ban hành').locator('option')).toHaveText(['Tất cả', 'UBND phường Phước Hưng']);

    await page.getByRole('link', { name: 'Bỏ lọc, xem tất cả văn bản' }).click();
    await page.waitForURL((url) => url.pathname === '/van-ban');
  });

  test('the search box finds a document by its number and by words without diacritics', async ({ page }) => {
    for (const [query, expected] of [
      ['quyet dinh 12', ['12/2026/QĐ-UBND']],
      ['12/2026/QĐ-UBND', ['12/2026/QĐ-UBND']],
      ['12/2026/qd-ubnd', ['12/2026/QĐ-UBND']],
      ['rac thai sinh hoat', ['130/KH-UBND']],
      ['SỐT XUẤT HUYẾT', ['45/KH-UBND']],
    ] as const) {
      await page.goto('/van-ban');
      await page.getByRole('searchbox', { name: 'Số, ký hiệu hoặc trích yếu' }).fill(query);
      await submitFilters(page, (params) => params.get('q') === query);
      expect(await numbersShown(page), query).toEqual(expected);
    }
    await page.goto('/van-ban/tra-cuu?q=kh%C3%B4ng+c%C3%B3+v%C4%83n+b%E1%BA%A3n+n%C3%A0o');
    await expect(page.getByText('Không tìm thấy văn bản nào')).toBeVisible();
    await expect(page.getByText(/Không có văn bản nào phù hợp/)).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
  });
});

test('a document has its own page: every field, the PDF to download, its text, and what search engines need', async ({ page, baseURL }) => {
  await page.goto('/van-ban');
  await page.getByRole('link', { name: decision.summary }).click();
  await expect(page).toHaveURL(decisionPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyết định số 12/2026/QĐ-UBND Dữ liệu mẫu');
  const fields = page.locator('dl');
  for (const [term, value] of [
    ['Số/ký hiệu', decision.number],
    ['Ngày ban hành', '12/03/2026'],
    ['Cơ quan ban hành', 'UBND phường Phước Hưng'],
    ['Loại văn bản', 'Quyết định'],
    ['Lĩnh vực', 'Tiếp công dân'],
    ['Trích yếu', decision.summary],
    ['Tình trạng hiệu lực', 'Còn hiệu lực'],
  ]) {
    await expect(fields.locator(`dt:text-is("${term}") + dd`)).toHaveText(value);
  }
  await expect(page.getByText(/không phải văn bản chính thức/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Toàn văn' })).toBeVisible();
  await expect(page.locator('.article-body')).toContainText('Điều 1.');

  await expect(page).toHaveTitle(/^Quyết định số 12\/2026\/QĐ-UBND: Về việc ban hành Quy chế tiếp công dân.* \| Phường Phước Hưng$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${decisionPath}`);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(decision.summary);
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  expect(blocks.find((block) => block['@type'] === 'BreadcrumbList').itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${baseURL}/` },
    { '@type': 'ListItem', position: 2, name: 'Văn bản', item: `${baseURL}/van-ban` },
    { '@type': 'ListItem', position: 3, name: decision.number, item: `${baseURL}${decisionPath}` },
  ]);

  const download = page.getByRole('link', { name: /^Tải văn bản \(PDF, \d+ (byte|KB)\)$/ });
  await expect(download).toHaveAttribute('href', `${decisionPath}/tai-ve`);
  const response = await page.request.get(`${decisionPath}/tai-ve`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="12-2026-qd-ubnd-[a-z0-9-]+\.pdf"; filename\*=UTF-8''12-2026-qd-ubnd-/);
  const body = await response.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(body.subarray(-6).toString()).toContain('%%EOF');
  // the browser's copy is checked again cheaply
  const again = await page.request.get(`${decisionPath}/tai-ve`, { headers: { 'if-none-match': response.headers()['etag'] } });
  expect(again.status()).toBe(304);
});

test('clicking the download link downloads the PDF', async ({ page, isMobile }) => {
  test.skip(isMobile, 'mobile browsers hand PDFs to their viewer; the headers are checked above');
  await page.goto(decisionPath);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Tải văn bản/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^12-2026-qd-ubnd-.*\.pdf$/);
});

test('what is not a published document is not found', async ({ request }) => {
  for (const path of ['/van-ban/khong-co-van-ban-nay', '/van-ban/khong-co-van-ban-nay/tai-ve', '/van-ban/trang/2', '/van-ban/trang/abc', '/van-ban/trang']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const first = await request.get('/van-ban/trang/1', { maxRedirects: 0 });
  expect([301, 308]).toContain(first.status());
  expect(first.headers()['location']).toMatch(/\/van-ban$/);
  const unfiltered = await request.get('/van-ban/tra-cuu', { maxRedirects: 0 });
  expect(unfiltered.status()).toBe(307);
  expect(unfiltered.headers()['location']).toMatch(/\/van-ban$/);
  // PDFs are not served by the public media route, only by a published document's download
  expect((await request.get(`/media/samples/van-ban/${decisionPath.split('/').pop()}.pdf`)).status()).toBe(404);
});

test('the sitemap lists the registry and every published document', async ({ request, baseURL }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toMatch(new RegExp(`<loc>${baseURL}/van-ban</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T`));
  for (const document of SAMPLE_DOCUMENTS) {
    expect(xml).toContain(`<loc>${baseURL}/van-ban/${documentSlug(document.number, document.summary)}</loc>`);
  }
});

test('the registry and a document page are valid HTML (Nu Html Checker)', async ({ request, isMobile }) => {
  test.skip(isMobile, 'the same HTML on every device');
  test.slow();
  for (const path of ['/van-ban', decisionPath]) {
    expect(htmlErrors(await (await request.get(path)).text()), path).toEqual([]);
  }
});
