import { expect, test, type Page } from '@playwright/test';
import { NOTICE_FIXTURES, RELATED_FIXTURE } from './fixtures/fixture-articles';
import { seedPage } from './support/public-pages';

const results = (page: Page) => page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem');
const resultTitles = (page: Page) => results(page).getByRole('heading', { level: 2 });

test('a search box in the header on every page leads to the results', async ({ page }) => {
  await page.goto('/chuyen-muc/thong-bao');
  const search = page.getByRole('search', { name: 'Tìm kiếm trên trang thông tin' });
  await search.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).fill('Dân vận khéo');
  await search.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=D%C3%A2n\+v%E1%BA%ADn\+kh%C3%A9o$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
  await expect(resultTitles(page).first()).toHaveText(seedPage.article.title);
  await expect(page).toHaveTitle('Tìm kiếm: Dân vận khéo | Phường Phước Hưng');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
});

test('finds the same articles with and without diacritics, in any case', async ({ page }) => {
  const found: string[][] = [];
  for (const query of ['dan van kheo', 'Dân vận khéo', 'DAN VAN KHEO']) {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
    await expect(resultTitles(page).first()).toBeVisible();
    found.push(await resultTitles(page).allTextContents());
  }
  expect(found[0]).toContain(seedPage.article.title);
  expect(found[1]).toEqual(found[0]);
  expect(found[2]).toEqual(found[0]);
});

test('"dang uy" finds "Đảng ủy", and the matching words are highlighted', async ({ page }) => {
  await page.goto('/tim-kiem?q=dang+uy');
  // both have "Đảng ủy" in their text; the related article in its summary too, which weighs more
  await expect(resultTitles(page)).toHaveText([RELATED_FIXTURE.title, seedPage.article.title]);
  const first = results(page).first();
  await expect(first.locator('mark').first()).toHaveText('Đảng ủy');
  await expect(page.getByText('Tìm thấy 2 bài viết phù hợp với “dang uy”')).toBeVisible();
});

test('a title match ranks above a match in the text only', async ({ page }) => {
  await page.goto('/tim-kiem?q=hoi+nghi+tong+ket');
  await expect(resultTitles(page).first()).toHaveText(RELATED_FIXTURE.title);
  await expect(resultTitles(page).first().locator('mark')).toHaveText('Hội nghị tổng kết');
});

test('many results are paginated', async ({ page }) => {
  await page.goto('/tim-kiem?q=lich+tiep+cong+dan');
  await expect(resultTitles(page)).toHaveCount(10);
  await expect(page.getByText(`Tìm thấy ${NOTICE_FIXTURES.length} bài viết phù hợp với “lich tiep cong dan” · Trang 1/2`)).toBeVisible();
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=lich\+tiep\+cong\+dan&trang=2$/);
  await expect(resultTitles(page)).toHaveCount(NOTICE_FIXTURES.length - 10);
  // the page's own search box keeps the query
  await expect(page.getByRole('search', { name: 'Tìm kiếm bài viết' }).getByRole('searchbox')).toHaveValue('lich tiep cong dan');
});

test('a search without results says what to try', async ({ page }) => {
  await page.goto('/tim-kiem?q=m%C3%A1y+bay+tr%E1%BB%B1c+th%C4%83ng');
  await expect(page.getByText('Không tìm thấy bài viết nào phù hợp với “máy bay trực thăng”.')).toBeVisible();
  await expect(page.getByText(/gõ không dấu/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'trang chủ', exact: true })).toBeVisible();
});

test('drafts are never found, and query syntax or markup is plain text', async ({ page }) => {
  await page.goto('/tim-kiem?q=ban+nhap+chua+xuat+ban');
  await expect(page.getByText(/Không tìm thấy bài viết nào/)).toBeVisible();

  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  for (const query of ['"dân vận', 'NEAR(dân', '<img src=x onerror=alert(1)>', "' OR 1=1 --"]) {
    const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
  }
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  expect(dialog).toBe(false);
});
