import { expect, test } from '@playwright/test';

test('related agencies’ portals are listed with their addresses, leaving the site in a new tab', async ({ page }) => {
  await page.goto('/lien-ket');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên kết');
  const links = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(links).toHaveCount(5);
  for (const heading of await links.all()) await expect(heading).toContainText('Dữ liệu mẫu');

  const government = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Cổng Thông tin điện tử Chính phủ/ }) });
  const link = government.getByRole('link', { name: /^Cổng Thông tin điện tử Chính phủ/ });
  await expect(link).toHaveAttribute('href', 'https://chinhphu.vn');
  await expect(link).toHaveAttribute('rel', 'noopener');
  await expect(link).toHaveAccessibleName(/trang ngoài, mở trong thẻ mới/);
  // the address itself is shown, not only the name
  await expect(government.getByText('https://chinhphu.vn')).toBeVisible();
  await expect(government.getByText(/Chính phủ\./)).toBeVisible();

  await expect(page.getByText(/^Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/)).toBeVisible();
});

test('the links page is static (ISR)', async ({ request }) => {
  await request.get('/lien-ket');
  expect((await request.get('/lien-ket')).headers()['x-nextjs-cache']).toBe('HIT');
});
