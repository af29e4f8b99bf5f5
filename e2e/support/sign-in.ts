import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { signInFailureMessage } from '@/lib/auth/sign-in-errors';

export type SignInAttempt = {
  /** the failure code next-auth carries back (`wrong:4`, `locked:900`…), null on success */
  code: string | null;
  /** what the sign-in page shows for it */
  message: string;
  signedIn: boolean;
  /** how long the server took to answer the credentials, in milliseconds */
  ms: number;
};

/**
 * One sign-in posted straight to next-auth's callback URL, as a script would send it
 * (no page, no form), from `address` as the reverse proxy would report it. `json: false`
 * sends it like a browser without JavaScript: the answer is a redirect to the sign-in page.
 */
export async function postCredentials(
  api: APIRequestContext,
  { email, password, address, json = true, csrfToken }: { email: string; password: string; address: string; json?: boolean; csrfToken?: string },
): Promise<SignInAttempt> {
  const headers = { 'x-forwarded-for': address };
  const form: Record<string, string> = { email, password, csrfToken: csrfToken ?? (await getCsrfToken(api)), callbackUrl: '/quan-tri' };
  if (json) form.json = 'true';
  const started = performance.now();
  const response = await api.post('/api/auth/callback/credentials', { headers, form, maxRedirects: 0 });
  const ms = performance.now() - started;
  const target = json ? ((await response.json()) as { url?: string }).url : response.headers().location;
  const code = target ? new URL(target, 'http://portal').searchParams.get('error') : 'unknown';
  return { code, message: code ? signInFailureMessage(code) : '', signedIn: !code, ms };
}

/**
 * next-auth's CSRF token, bound to a cookie of this request context: fetch it once before
 * sending attempts in parallel from one context (each fetch replaces the cookie).
 */
export async function getCsrfToken(api: APIRequestContext): Promise<string> {
  return ((await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
}

/** The Vietnamese refusal of a locked sign-in: "… Vui lòng thử lại sau 15 phút." */
export const LOCKED_MESSAGE = /tạm thời bị khóa\. Vui lòng thử lại sau 1[45] phút\.$/;

/** A fresh, signed-out browser page whose requests come from `address`. */
export async function pageFrom(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { 'x-forwarded-for': address } });
  return context.newPage();
}

/** Fills the sign-in form and waits for the server's answer; returns the alert's text. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().includes('/dang-nhap')) await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  const answer = page.waitForResponse((response) => response.url().includes('/api/auth/callback/credentials'));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await answer;
}

/** The sign-in page's error summary. */
export const signInAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ }).first();

/** Expects the browser to be in the editor area (signed in). */
export async function expectSignedIn(page: Page) {
  await expect(page).toHaveURL(/\/quan-tri$/);
}
