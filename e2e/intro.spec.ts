import { expect, test } from '@playwright/test';
import { htmlErrors } from './support/validators';

// The seeded sample content (lib/seed/seed-intro.ts), on the untouched end-to-end database.

test('/gioi-thieu shows the functions, organisation, leaders and history, with a table of contents', async ({ page, request }) => {
  await page.goto('/gioi-thieu');
  await expect(page).toHaveTitle('Giới thiệu | Phường Phước Hưng');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu Phường Phước Hưng');
  const main = page.getByRole('main');

  const contents = main.getByRole('navigation', { name: 'Mục lục' });
  const anchors = ['#chuc-nang-nhiem-vu', '#co-cau-to-chuc', '#lanh-dao-phuong', '#lich-su'];
  await expect(contents.getByRole('link')).toHaveText(['Chức năng, nhiệm vụ', 'Cơ cấu tổ chức', 'Lãnh đạo phường', 'Lịch sử']);
  for (const [index, anchor] of anchors.entries()) {
    await expect(contents.getByRole('link').nth(index)).toHaveAttribute('href', anchor);
    await expect(main.locator(`h2${anchor}`)).toHaveCount(1);
  }
  await contents.getByRole('link', { name: 'Lịch sử' }).click();
  await expect(page).toHaveURL(/#lich-su$/);
  await expect(main.getByRole('heading', { name: /^Lịch sử/, level: 2 })).toBeInViewport();

  // Each part is its own region, named by its heading, and marked as sample content.
  for (const name of ['Chức năng, nhiệm vụ', 'Cơ cấu tổ chức', 'Lịch sử']) {
    const region = main.getByRole('region', { name: new RegExp(`^${name}`) });
    await expect(region.getByText('Dữ liệu mẫu', { exact: true })).toBeVisible();
  }
  await expect(main.getByRole('region', { name: /^Chức năng, nhiệm vụ/ })).toContainText('Nhiệm vụ, quyền hạn chủ yếu');
  // the organisation chart is a nested list: levels a screen reader announces
  const chart = main.getByRole('region', { name: /^Cơ cấu tổ chức/ });
  await expect(chart.getByRole('listitem').filter({ hasText: /^Chủ tịch Ủy ban nhân dân phường/ }).getByRole('list').first()).toContainText('Phó Chủ tịch phụ trách kinh tế');

  const leaders = main.getByRole('region', { name: 'Lãnh đạo phường' });
  await expect(leaders.getByRole('heading', { level: 3 })).toHaveText([/^Nguyễn Văn A/, /^Trần Thị B/, /^Lê Văn C/]);
  const chair = leaders.getByRole('listitem').filter({ hasText: 'Nguyễn Văn A' });
  await expect(chair).toContainText('Chủ tịch Ủy ban nhân dân phường');
  await expect(chair).toContainText('Lĩnh vực phụ trách');
  await expect(chair.getByText('Dữ liệu mẫu', { exact: true })).toBeVisible();
  await expect(chair.getByRole('link', { name: '0254 000 0001' })).toHaveAttribute('href', 'tel:02540000001');
  await expect(chair.getByRole('link', { name: 'nguyenvana@example.gov.vn' })).toHaveAttribute('href', 'mailto:nguyenvana@example.gov.vn');

  await expect(main.getByText(/^Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/)).toBeVisible();

  const response = await request.get('/gioi-thieu');
  expect(response.headers()['cache-control']).toContain('s-maxage=');
});

test('/en is in English inside a Vietnamese site, with the official contacts', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const english = page.getByRole('main').locator('[lang="en"]').first();
  await expect(english.getByRole('heading', { level: 1 })).toHaveText(/^Phuoc Hung Ward People’s Committee/);
  await expect(english.getByRole('heading', { level: 1 }).getByText('Sample data')).toBeVisible();

  const contacts = english.getByRole('region', { name: 'Official contacts' });
  for (const label of ['Office:', 'Address:', 'Phone:', 'Email:', 'Working hours:']) await expect(contacts.getByText(label, { exact: true })).toBeVisible();
  await expect(contacts.locator('[lang="vi"]').first()).toHaveText('Ủy ban nhân dân Phường Phước Hưng');
  await expect(contacts.getByRole('link', { name: '0254 000 0000' })).toHaveAttribute('href', 'tel:02540000000');
  await expect(contacts.getByRole('link', { name: 'phuochung@example.gov.vn' })).toHaveAttribute('href', 'mailto:phuochung@example.gov.vn');
  await expect(contacts.getByText('Sample data').first()).toBeVisible();
  await expect(english.getByText(/^Last updated: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
});

test('the navigation links the English page, marked as English', async ({ page, isMobile }) => {
  await page.goto('/');
  if (isMobile) await page.getByRole('button', { name: 'Danh mục' }).click();
  const link = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'English' });
  await expect(link).toHaveAttribute('lang', 'en');
  await link.click();
  await expect(page).toHaveURL(/\/en$/);
});

test('/lien-he gives the address, phone, email, working hours and a map link, with no third-party frame', async ({ page }) => {
  await page.goto('/lien-he');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hệ');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(/^Ủy ban nhân dân Phường Phước Hưng/);
  await expect(main).toContainText('Số 1 đường Mẫu, Phường Phước Hưng');
  await expect(main).toContainText('Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00');
  await expect(main.getByRole('link', { name: '0254 000 0000' })).toHaveAttribute('href', 'tel:02540000000');
  await expect(main.getByRole('link', { name: 'phuochung@example.gov.vn' })).toHaveAttribute('href', 'mailto:phuochung@example.gov.vn');
  const map = main.getByRole('link', { name: 'Xem bản đồ' });
  await expect(map).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\//);
  await expect(main.getByText('Dữ liệu mẫu', { exact: true }).first()).toBeVisible();
  await expect(main.getByText(/^Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  // no script from another site
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  expect(scripts.filter((src) => new URL(src).origin !== new URL(page.url()).origin)).toEqual([]);
});

test('every page’s footer names the office and the person responsible, and links the phone and email', async ({ page }) => {
  await page.goto('/gioi-thieu');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Cơ quan chủ quản: Ủy ban nhân dân Phường Phước Hưng');
  await expect(footer).toContainText('Người chịu trách nhiệm nội dung:');
  await expect(footer).toContainText('Số 1 đường Mẫu, Phường Phước Hưng');
  await expect(footer.getByRole('link', { name: '0254 000 0000' })).toHaveAttribute('href', 'tel:02540000000');
  await expect(footer.getByRole('link', { name: 'phuochung@example.gov.vn' })).toHaveAttribute('href', 'mailto:phuochung@example.gov.vn');
});

test('the introduction, English and contact pages are valid HTML (Nu Html Checker)', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the markup is the same on every device');
  test.slow();
  for (const path of ['/gioi-thieu', '/en', '/lien-he']) {
    const html = await (await request.get(path)).text();
    expect(htmlErrors(html), path).toEqual([]);
  }
});
