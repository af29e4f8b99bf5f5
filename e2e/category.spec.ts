import { expect, test } from '@playwright/test';
import { NOTICE_FIXTURES } from './fixtures/fixture-articles';

test('a category lists its articles newest first, ten to a page', async ({ page }) => {
  await page.goto('/chuyen-muc/thong-bao');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo');
  const titles = page.locator('main article h2');
  await expect(titles).toHaveCount(10);
  await expect(titles.first()).toHaveText('Thông báo lịch tiếp công dân số 12');
  await expect(page.getByText('Trang 1/2 · 12 bài viết')).toBeVisible();

  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  await pagination.getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/\/chuyen-muc\/thong-bao\/trang\/2$/);
  await expect(titles).toHaveCount(NOTICE_FIXTURES.length - 10);
  await expect(titles.last()).toHaveText('Thông báo lịch tiếp công dân số 1');
  await expect(pagination.locator('[aria-current="page"]')).toHaveText('Trang 2');
});

test('page numbers that do not exist are 404, page 1 has one address', async ({ request }) => {
  expect((await request.get('/chuyen-muc/thong-bao/trang/3')).status()).toBe(404);
  expect((await request.get('/chuyen-muc/thong-bao/trang/abc')).status()).toBe(404);
  expect((await request.get('/chuyen-muc/khong-ton-tai')).status()).toBe(404);
  const first = await request.get('/chuyen-muc/thong-bao/trang/1', { maxRedirects: 0 });
  expect([301, 308]).toContain(first.status());
  expect(first.headers()['location']).toBe('/chuyen-muc/thong-bao');
});
