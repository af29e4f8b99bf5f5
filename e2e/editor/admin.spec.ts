import type { Browser, Page } from '@playwright/test';
import { RATINGS_RESET_FIXTURE } from '../fixtures/fixture-articles';
import { E2E_USERS, forAttempt } from '../fixtures/users';
import { asRole, expect, forThisAttempt, SIGNED_OUT, test, waitUntilVisible } from '../support/editor';

test.use(asRole('admin'));

/** A fresh browser signed in through the sign-in page, from its own address. */
async function signedInPage(browser: Browser, email: string, password: string, ip: string): Promise<Page> {
  const context = await browser.newContext({ ...SIGNED_OUT, extraHTTPHeaders: { 'x-forwarded-for': ip } });
  const page = await context.newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  return page;
}

test('site settings saved by an administrator replace the sample data on every page', async ({ page, reader }, testInfo) => {
  await page.goto('/quan-tri/thong-tin-trang');
  await expect(page.getByText(/Các mục đánh dấu “Dữ liệu mẫu”/)).toBeVisible();
  await page.getByLabel('Điện thoại').fill('abc');
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByText(/Số điện thoại chỉ gồm chữ số/)).toBeVisible();
  await expect(page.getByLabel('Điện thoại')).toHaveValue('abc');

  await page.getByLabel('Điện thoại').fill('0254 3 123 456');
  await page.getByLabel('Người chịu trách nhiệm nội dung').fill('Lê Văn Bình – Chủ tịch UBND phường');
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByRole('status').getByText(/^Đã lưu/)).toBeVisible();
  const since = Date.now();
  await Promise.all(
    ['/', '/chuyen-muc/thong-bao'].map((path) =>
      // Site-wide changes refresh every cached page at once, so allow them a little longer than an article's 1 s.
      waitUntilVisible(reader, path, (r) => r.text.includes('0254 3 123 456') && !r.text.includes('Dữ liệu mẫu'), { since, limitMs: 2000, label: `site settings → ${path}`, testInfo }),
    ),
  );
});

test('an administrator creates accounts, and disabling one ends its session at once', async ({ page, browser }, testInfo) => {
  // three sign-ins from fresh browsers, each hashing a password on purpose slowly (Argon2)
  test.slow();
  const newcomerEmail = forAttempt({ email: 'moi@e2e.phuochung.vn' }, testInfo.retry).email;
  await page.goto('/quan-tri/nguoi-dung');
  const create = page.getByRole('form', { name: 'Tạo tài khoản' });
  await create.getByLabel('Họ tên').fill('Võ Thị Mới');
  await create.getByLabel('Email').fill(newcomerEmail);
  await create.getByLabel('Vai trò').selectOption({ label: 'Cộng tác viên' });
  await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(create.getByText(`Đã tạo tài khoản ${newcomerEmail}.`)).toBeVisible();
  const password = (await create.locator('.font-mono').textContent())?.trim() ?? '';
  expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
  const newcomer = await signedInPage(browser, newcomerEmail, password, '203.0.113.21');
  await expect(newcomer.getByText('Cộng tác viên')).toBeVisible();
  await newcomer.context().close();

  // Disabling a signed-in user: their very next request is refused.
  const toDisable = forAttempt(E2E_USERS.toDisable, testInfo.retry);
  const victim = await signedInPage(browser, toDisable.email, toDisable.password, '203.0.113.22');
  await page.reload();
  const account = page.getByRole('listitem').filter({ hasText: toDisable.email });
  page.once('dialog', (dialog) => dialog.accept());
  await account.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: toDisable.email }).getByText('Đã khóa').first()).toBeVisible();
  await victim.goto('/quan-tri');
  await expect(victim).toHaveURL(/\/dang-nhap/);
  await victim.getByLabel('Email').fill(toDisable.email);
  await victim.getByLabel('Mật khẩu', { exact: true }).fill(toDisable.password);
  await victim.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(victim.getByRole('alert').filter({ hasText: /\S/ }).first()).toHaveText('Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.');
  await victim.context().close();

  // The last administrator cannot demote themselves.
  const self = page.getByRole('listitem').filter({ hasText: E2E_USERS.admin.email });
  await self.getByLabel('Vai trò', { exact: true }).selectOption({ label: 'Biên tập viên' });
  await self.getByRole('button', { name: 'Đổi vai trò' }).click();
  await expect(self.getByText(/cần ít nhất một quản trị viên/)).toBeVisible();

  await page.goto('/quan-tri/nhat-ky');
  const log = page.getByRole('list', { name: 'Các sự kiện' });
  await expect(log.getByRole('listitem').filter({ hasText: 'Khóa tài khoản' }).filter({ hasText: toDisable.email })).toBeVisible();
  await expect(log.getByRole('listitem').filter({ hasText: 'Tạo tài khoản' }).first()).toContainText('Trần Quản Trị');
  await expect(log.getByRole('listitem').filter({ hasText: /^Đăng nhập/ }).first()).toBeVisible();
});

test('changing one’s password signs out one’s other devices', async ({ browser }, testInfo) => {
  // three sign-ins from fresh browsers and a password change, each hashing on purpose slowly
  test.slow();
  const user = forAttempt(E2E_USERS.passwordChanger, testInfo.retry);
  const laptop = await signedInPage(browser, user.email, user.password, '203.0.113.31');
  const phone = await signedInPage(browser, user.email, user.password, '203.0.113.32');
  await laptop.goto('/quan-tri/tai-khoan');
  await laptop.getByLabel('Mật khẩu hiện tại').fill(user.password);
  await laptop.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-that-dai');
  await laptop.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-that-dai');
  await laptop.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(laptop.getByRole('status').getByText(/Đã đổi mật khẩu\. 1 phiên đăng nhập trên thiết bị khác đã bị đăng xuất\./)).toBeVisible();

  await phone.goto('/quan-tri');
  await expect(phone).toHaveURL(/\/dang-nhap/);
  await laptop.goto('/quan-tri');
  await expect(laptop).toHaveURL(/\/quan-tri$/);
  await signedInPage(browser, user.email, 'mat-khau-moi-that-dai', '203.0.113.33');
});

test('a new category appears in every page’s navigation', async ({ page, reader }, testInfo) => {
  await page.goto('/quan-tri/chuyen-muc');
  const form = page.getByRole('form', { name: 'Thêm chuyên mục' });
  const category = forThisAttempt('Văn hóa – Xã hội');
  await form.getByLabel('Tên chuyên mục').fill(category.title);
  await expect(form.getByLabel('Đường dẫn')).toHaveValue(category.slug);
  await form.getByRole('button', { name: 'Thêm chuyên mục' }).click();
  await expect(page.getByText('Đã thêm chuyên mục.')).toBeVisible();
  const since = Date.now();
  await waitUntilVisible(reader, '/', (r) => r.text.includes(`href="/chuyen-muc/${category.slug}"`), { since, limitMs: 2000, label: 'new category → home navigation', testInfo });
  expect((await reader.get(`/chuyen-muc/${category.slug}`)).status()).toBe(200);
});

test('an administrator resets an article’s ratings, and the reset is in the audit log', async ({ page }) => {
  await page.goto(`/quan-tri?q=${encodeURIComponent(RATINGS_RESET_FIXTURE.title)}`);
  const row = page.getByRole('list', { name: 'Danh sách bài viết' }).getByRole('listitem').filter({ hasText: RATINGS_RESET_FIXTURE.title });
  await expect(row).toContainText('Đánh giá: 3,7/5 (3 lượt)');

  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: /^Xóa đánh giá/ }).click();
  await expect(row).toContainText('Đánh giá: chưa có');

  const summary = await page.request.get(`/api/danh-gia?bai=${RATINGS_RESET_FIXTURE.id}`);
  expect(await summary.json()).toMatchObject({ summary: { count: 0 } });

  await page.goto('/quan-tri/nhat-ky');
  await expect(page.getByRole('main')).toContainText('Xóa đánh giá của bài viết');
  await expect(page.getByRole('main')).toContainText(`${RATINGS_RESET_FIXTURE.slug}: 3 lượt đánh giá`);
});
