import { expect, test } from '@playwright/test';

for (const path of ['/khong-co-trang-nay', '/tin-tuc/bai-viet-khong-ton-tai']) {
  test(`${path} answers 404 with a Vietnamese page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await expect(page.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('banner')).toContainText('Phường Phước Hưng');
  });
}
