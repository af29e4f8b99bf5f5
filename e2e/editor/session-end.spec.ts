import type { Browser, Cookie, Page, PlaywrightWorkerArgs, TestInfo } from '@playwright/test';
import { E2E_USERS, forAttempt } from '../fixtures/users';
import { asRole, expect, test } from '../support/editor';
import { expectSignedIn, pageFrom, postCredentials, signInThroughForm } from '../support/sign-in';

// A session ends at once, everywhere, on sign-out, on a password change and when an
// administrator disables the account: a copy of the cookie taken before (as a thief, or a
// forgotten browser, would keep it) opens nothing afterwards. Each test replays the copy
// with the request API against a page, a route handler and next-auth's own session endpoint.
// Addresses 198.20.x.x are this file's own (the sign-in limits count per address).

const address = (testInfo: TestInfo, block: number, host: number) => `198.20.${block * 2 + (testInfo.retry % 2)}.${host}`;

/** What a request carrying only this cookie can do. */
async function replay(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, cookie: Cookie) {
  const context = await playwright.request.newContext({ baseURL, storageState: { cookies: [cookie], origins: [] } });
  try {
    const page = await context.get('/quan-tri/tai-khoan', { maxRedirects: 0 });
    const session = (await (await context.get('/api/auth/session')).json()) as { user?: { email?: string } };
    // an editor's route handler: refused with 401 signed out, "no such file" signed in
    const file = await context.get('/api/quan-tri/van-ban/tep?id=khong-co-tep-nay');
    return {
      editorPage: page.status() === 200 ? 'shown' : (page.headers().location ?? String(page.status())).replace(/\?.*$/, ''),
      sessionEmail: session.user?.email ?? null,
      fileRoute: file.status() === 401 ? 'unauthenticated' : 'allowed',
    };
  } finally {
    await context.dispose();
  }
}

const LIVE = (email: string) => ({ editorPage: 'shown', sessionEmail: email, fileRoute: 'allowed' });
const ENDED = { editorPage: '/dang-nhap', sessionEmail: null, fileRoute: 'unauthenticated' };

async function sessionCookie(page: Page): Promise<Cookie> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'next-auth.session-token');
  expect(cookie, 'a session cookie after signing in').toBeTruthy();
  return cookie!;
}

async function signedIn(browser: Browser, email: string, password: string, ip: string): Promise<Page> {
  const page = await pageFrom(browser, ip);
  await signInThroughForm(page, email, password);
  await expectSignedIn(page);
  return page;
}

test('signing out ends the session: its copied cookie opens nothing', async ({ browser, playwright, baseURL }, testInfo) => {
  const user = forAttempt(E2E_USERS.replaySignOut, testInfo.retry);
  const page = await signedIn(browser, user.email, user.password, address(testInfo, 1, 1));
  const copy = await sessionCookie(page);
  expect(await replay(playwright, baseURL!, copy)).toEqual(LIVE(user.email));

  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
  expect(await replay(playwright, baseURL!, copy)).toEqual(ENDED);
  await page.context().close();
});

test('changing the password ends every session, this browser’s old cookie included; the browser itself carries on', async ({ browser, playwright, baseURL }, testInfo) => {
  const user = forAttempt(E2E_USERS.replayPassword, testInfo.retry);
  const laptop = await signedIn(browser, user.email, user.password, address(testInfo, 2, 1));
  const phone = await signedIn(browser, user.email, user.password, address(testInfo, 2, 2));
  const laptopCopy = await sessionCookie(laptop);
  const phoneCopy = await sessionCookie(phone);
  expect(await replay(playwright, baseURL!, laptopCopy)).toEqual(LIVE(user.email));

  await laptop.goto('/quan-tri/tai-khoan');
  await laptop.getByLabel('Mật khẩu hiện tại').fill(user.password);
  await laptop.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-phien');
  await laptop.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-phien');
  await laptop.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(laptop.getByRole('status').getByText('Đã đổi mật khẩu. 1 phiên đăng nhập trên thiết bị khác đã bị đăng xuất.')).toBeVisible();

  expect(await replay(playwright, baseURL!, laptopCopy)).toEqual(ENDED);
  expect(await replay(playwright, baseURL!, phoneCopy)).toEqual(ENDED);
  // The browser that changed it was handed a new session and stays signed in.
  const renewed = await sessionCookie(laptop);
  expect(renewed.value).not.toBe(laptopCopy.value);
  expect(renewed).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(await replay(playwright, baseURL!, renewed)).toEqual(LIVE(user.email));
  await laptop.goto('/quan-tri');
  await expectSignedIn(laptop);
  await phone.goto('/quan-tri');
  await expect(phone).toHaveURL(/\/dang-nhap/);
  await laptop.context().close();
  await phone.context().close();
});

test('disabling an account ends its sessions at once', async ({ browser, playwright, baseURL }, testInfo) => {
  const user = forAttempt(E2E_USERS.replayDisable, testInfo.retry);
  const api = await playwright.request.newContext({ baseURL });
  expect((await postCredentials(api, { email: user.email, password: user.password, address: address(testInfo, 3, 1) })).signedIn).toBe(true);
  const copy = (await api.storageState()).cookies.find((c) => c.name === 'next-auth.session-token')!;
  expect(await replay(playwright, baseURL!, copy)).toEqual(LIVE(user.email));

  const admin = await browser.newContext(asRole('admin'));
  const page = await admin.newPage();
  await page.goto('/quan-tri/nguoi-dung');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('listitem').filter({ hasText: user.email }).getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: user.email }).getByText('Đã khóa').first()).toBeVisible();

  expect(await replay(playwright, baseURL!, copy)).toEqual(ENDED);
  const again = await postCredentials(api, { email: user.email, password: user.password, address: address(testInfo, 3, 2) });
  expect(again.message).toBe('Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.');
  await admin.close();
  await api.dispose();
});
