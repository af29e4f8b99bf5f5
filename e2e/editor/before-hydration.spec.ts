import type { Page } from '@playwright/test';
import { E2E_USERS } from '../fixtures/users';
import { asRole, expect, forThisAttempt, SIGNED_OUT, startArticle, test } from '../support/editor';

// On a slow phone or connection the page's HTML is on screen seconds before its JavaScript
// runs. The forms must not take input until then: text typed into a field would show but
// not be saved, a click would do nothing, and a submit would be the browser's own (a GET,
// with the password in the address, the history and the server's logs).

/**
 * Holds the page's scripts back until `release()`: the page stays as the server sent it.
 * (Its stylesheets, served from the same folder, are let through.)
 */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const isScript = (url: URL) => url.pathname.startsWith('/_next/static/chunks/') && url.pathname.endsWith('.js');
  await page.route(isScript, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('signed out', () => {
  test.use(SIGNED_OUT);

  test('the sign-in form takes nothing before its script runs, and no password ever reaches an address', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.77' });
    const addresses: string[] = [];
    page.on('request', (request) => addresses.push(request.url()));
    const release = await holdScripts(page);
    await page.goto('/dang-nhap', { waitUntil: 'commit' });
    await expect(page.getByLabel('Email')).toBeDisabled();
    await expect(page.getByLabel('Mật khẩu', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeDisabled();

    release();
    const { editor } = E2E_USERS;
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(editor.password);
    await page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/\/quan-tri$/);
    expect(addresses.filter((address) => address.includes(encodeURIComponent(editor.password)) || /[?&]password=/.test(address))).toEqual([]);
  });

  test('without JavaScript, the sign-in page says it is needed and its form cannot send anything', async ({ browser, request }) => {
    const context = await browser.newContext({ ...SIGNED_OUT, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/dang-nhap');
    await expect(page.getByLabel('Email')).toBeDisabled();
    await expect(page.getByLabel('Mật khẩu', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeDisabled();
    await expect(page.getByRole('main').locator('form')).toHaveAttribute('method', 'post');
    await context.close();
    // Playwright's switch turns scripts off but not <noscript> (the parser still believes
    // scripting is on), so the notice is checked in the HTML itself.
    const html = await (await request.get('/dang-nhap')).text();
    expect(html).toMatch(/<noscript><p[^>]*>Trình duyệt đang tắt JavaScript\. Vui lòng bật JavaScript để đăng nhập/);
  });
});

test.describe('an editor', () => {
  test.use(asRole('editor'));

  test('the article editor takes input only once it works, and saves what was typed', async ({ page, context }) => {
    const { title } = forThisAttempt('Bài viết mở trên điện thoại chậm');
    await startArticle(page, { title, body: 'Nội dung đầu tiên.' });
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByRole('status').getByText(/^Đã lưu lúc/)).toBeVisible();

    const slowTab = await context.newPage();
    const release = await holdScripts(slowTab);
    await slowTab.goto(page.url(), { waitUntil: 'commit' });
    await expect(slowTab.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
    await expect(slowTab.getByLabel('Tiêu đề', { exact: true })).toBeDisabled();
    await expect(slowTab.getByLabel('Tóm tắt', { exact: true })).toBeDisabled();
    await expect(slowTab.getByRole('button', { name: 'Lưu nháp' })).toBeDisabled();

    release();
    const summary = 'Tóm tắt gõ ngay khi trang vừa dùng được.';
    await slowTab.getByLabel('Tóm tắt', { exact: true }).fill(summary);
    await slowTab.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(slowTab.getByRole('status').getByText(/^Đã lưu lúc/)).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue(summary);
  });
});
