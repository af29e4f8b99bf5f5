import { expect, test, type Page } from '@playwright/test';
import { E2E_USERS, forAttempt } from '../fixtures/users';

// Each test signs in from its own address (as a reverse proxy would report it), so that
// the per-address limit of one test never blocks another.
const fromAddress = (page: Page, ip: string) => page.setExtraHTTPHeaders({ 'x-forwarded-for': ip });

/** Fills the form and waits for the server's answer. */
async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  const answer = page.waitForResponse((response) => response.url().includes('/api/auth/callback/credentials'));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await answer;
}

test('signs in with the right password, returns to the page asked for, and signs out', async ({ page }) => {
  await fromAddress(page, '198.51.100.10');
  const { editor } = E2E_USERS;
  await page.goto('/quan-tri/tai-khoan');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Ftai-khoan$/);
  await signIn(page, editor.email.toUpperCase(), editor.password);
  await expect(page).toHaveURL(/\/quan-tri\/tai-khoan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản');

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === 'next-auth.session-token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await page.goto('/quan-tri');
  await expect(page).toHaveURL(/\/dang-nhap/);

  // A copy of the cookie kept from before signing out opens nothing either.
  const replay = await page.context().browser()!.newContext();
  await replay.addCookies([session!]);
  const replayPage = await replay.newPage();
  await replayPage.goto('/quan-tri');
  await expect(replayPage).toHaveURL(/\/dang-nhap/);
  await replay.close();
});

test('a wrong password and an unknown email get the same Vietnamese answer', async ({ page }) => {
  await fromAddress(page, '198.51.100.20');
  await page.goto('/dang-nhap');
  await signIn(page, E2E_USERS.editor.email, 'mat-khau-sai-roi');
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  await expect(alert).toHaveText('Email hoặc mật khẩu không đúng.');
  await expect(page.getByLabel('Mật khẩu', { exact: true })).toHaveValue('');
  await signIn(page, 'khong-ai-co@e2e.phuochung.vn', 'mat-khau-sai-roi');
  await expect(alert).toHaveText('Email hoặc mật khẩu không đúng.');
  await expect(page).toHaveURL(/\/dang-nhap$/);

  // Empty fields are answered next to the fields, before anything is sent.
  await page.getByLabel('Email').fill('');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // (nothing was sent: the form answered on its own)
  await expect(page.getByText('Vui lòng nhập email.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
});

test('an account is locked after repeated wrong passwords, with when to retry', async ({ page }, testInfo) => {
  const lockout = forAttempt(E2E_USERS.lockout, testInfo.retry);
  await page.goto('/dang-nhap');
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  // Guesses from several addresses still count against the one account.
  const expected = [/^Email hoặc mật khẩu không đúng\.$/, /^Email hoặc mật khẩu không đúng\.$/, /Bạn còn 2 lần thử/, /Bạn còn 1 lần thử/];
  for (let attempt = 1; attempt <= 5; attempt++) {
    await fromAddress(page, `198.51.100.${30 + attempt}`);
    await signIn(page, lockout.email, `doan-sai-${attempt}`);
    if (attempt < 5) await expect(alert).toHaveText(expected[attempt - 1]);
  }
  await expect(alert).toHaveText(/tạm thời bị khóa\. Vui lòng thử lại sau 15 phút\.$/);
  // Even the right password waits until the lock ends.
  await fromAddress(page, '198.51.100.99');
  await signIn(page, lockout.email, lockout.password);
  await expect(alert).toHaveText(/Vui lòng thử lại sau 1[45] phút\.$/);
  await expect(page).toHaveURL(/\/dang-nhap$/);
});
