import { expect, test } from '@playwright/test';
import { seedArticlePath, seedPage } from './support/public-pages';

test('home page shows the site identity, welcome line, latest articles and the office', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveTitle('Trang thông tin điện tử Phường Phước Hưng');

  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Trang thông tin điện tử');
  await expect(banner).toContainText('Phường Phước Hưng');
  // "Trang thông tin điện tử" sits above "Phường Phước Hưng", as on the original page.
  const kindBox = await banner.getByText('Trang thông tin điện tử', { exact: true }).boundingBox();
  const nameBox = await banner.getByText('Phường Phước Hưng', { exact: true }).boundingBox();
  expect(kindBox!.y).toBeLessThan(nameBox!.y);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Chào mừng bạn đến với Trang thông tin điện tử Phường Phước Hưng',
  );

  const latest = page.getByRole('region', { name: 'Tin mới' });
  const first = latest.getByRole('article').first();
  await expect(first.getByRole('link', { name: seedPage.article.title })).toHaveAttribute('href', seedArticlePath);
  await expect(first).toContainText('30/06/2023 - 10:23');
  await expect(first).toContainText('Chiều ngày 28/6, Đảng ủy phường tổ chức Hội nghị');

  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Ủy ban nhân dân Phường Phước Hưng');
  await expect(footer).toContainText('Địa chỉ');
  await expect(footer).toContainText('Điện thoại');
  await expect(footer).toContainText('Thư điện tử');
  // The shipped office details are placeholders and say so.
  await expect(footer.getByText('Dữ liệu mẫu').first()).toBeVisible();
});

test('navigation leads to the sections', async ({ page, isMobile }) => {
  await page.goto('/');
  if (isMobile) await page.getByRole('button', { name: 'Danh mục' }).click();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Thông báo' }).click();
  await expect(page).toHaveURL(/\/chuyen-muc\/thong-bao$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo');
});
