import { expect, test } from '@playwright/test';

test('procedures are grouped by lĩnh vực, each with a way to do it online on the public-service portal', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục hành chính');

  const fields = page.getByRole('navigation', { name: 'Lĩnh vực' });
  await expect(fields.getByRole('link')).toHaveText(['Hộ tịch', 'Chứng thực', 'Đất đai']);
  await fields.getByRole('link', { name: 'Chứng thực' }).click();
  await expect(page).toHaveURL(/#linh-vuc-chung-thuc$/);
  const attestation = page.getByRole('region', { name: 'Chứng thực' });
  await expect(attestation).toBeInViewport();
  await expect(attestation.getByRole('heading', { level: 3 })).toHaveCount(3);

  const birth = page.getByRole('region', { name: 'Hộ tịch' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Đăng ký khai sinh/ }) });
  await expect(birth.getByText('Dữ liệu mẫu')).toBeVisible();
  await expect(birth.getByText(/việc sinh/)).toBeVisible();
  const online = birth.getByRole('link', { name: /^Thực hiện trực tuyến trên Cổng Dịch vụ công/ });
  // a sample leads to the national portal itself, not to a made-up page on it
  await expect(online).toHaveAttribute('href', 'https://dichvucong.gov.vn');
  await expect(online).toHaveAttribute('rel', 'noopener');
  await expect(online).toHaveAttribute('target', '_blank');
  await expect(online).toHaveAccessibleName(/^Thực hiện trực tuyến trên Cổng Dịch vụ công ?: Đăng ký khai sinh \(trang ngoài, mở trong thẻ mới\)$/);

  // every sample procedure is marked as such
  const procedures = page.getByRole('main').getByRole('heading', { level: 3 });
  await expect(procedures).toHaveCount(8);
  for (const heading of await procedures.all()) await expect(heading).toContainText('Dữ liệu mẫu');
  await expect(page.getByText(/Các thủ tục có đánh dấu “Dữ liệu mẫu” chỉ để minh họa/)).toBeVisible();

  await expect(page.getByText(/^Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/)).toBeVisible();
});

test('the procedures page is static (ISR) and in the sitemap with its last change', async ({ request, baseURL }) => {
  await request.get('/thu-tuc-hanh-chinh');
  const response = await request.get('/thu-tuc-hanh-chinh');
  expect(response.headers()['x-nextjs-cache']).toBe('HIT');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(new RegExp(`<loc>${baseURL}/thu-tuc-hanh-chinh</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T[\\d:]+\\+07:00</lastmod>`));
  expect(sitemap).toMatch(new RegExp(`<loc>${baseURL}/lien-ket</loc><lastmod>`));
});
