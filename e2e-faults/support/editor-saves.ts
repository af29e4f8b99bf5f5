// An editor working in a real browser: signs in, writes an article, saves it with "Lưu nháp",
// and learns from the server's answer whether the save was acknowledged.
import { expect, type Page, type Request, type Route } from '@playwright/test';
import { E2E_USERS } from '../../e2e/fixtures/users';

export type SaveOutcome = {
  /** what was typed into "Tóm tắt" for this save: unique per save */
  marker: string;
  /** the server answered `ok: true` */
  acknowledged: boolean;
  /** the article's version after the save, when acknowledged */
  version: number | null;
  /** no answer at all (connection refused or cut) */
  noAnswer: boolean;
  /** the server's message when it refused or failed */
  message?: string;
  /** the HTTP status of the server's answer, when there was one */
  status?: number;
};

export async function signInAsEditor(page: Page): Promise<void> {
  const user = E2E_USERS.editor;
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The first render of the editor area after a start can take a while on a busy machine.
  await expect(page).toHaveURL(/\/quan-tri$/, { timeout: 30_000 });
}

/** "Viết bài mới" → a draft with a title; returns the article id. */
export async function startDraft(page: Page, title: string): Promise<string> {
  await page.goto('/quan-tri');
  await page.getByRole('button', { name: 'Viết bài mới' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/[a-z0-9]+$/, { timeout: 30_000 });
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  const editor = page.getByRole('textbox', { name: 'Nội dung' });
  await editor.click();
  await page.keyboard.type('Nội dung bài viết thử lỗi máy chủ.');
  return /\/quan-tri\/bai-viet\/([a-z0-9]+)$/.exec(page.url())![1];
}

/**
 * Types `marker` into "Tóm tắt" and clicks the save button. The save goes through the test
 * (page.route), which keeps the server's whole answer: the browser itself may stop reading it
 * once it has the result. `onSent` runs the moment the save has been sent on to the server
 * (a test uses it to kill the server mid-save).
 */
export async function saveWithMarker(page: Page, marker: string, onSent?: () => void): Promise<SaveOutcome> {
  await page.getByLabel('Tóm tắt', { exact: true }).fill(marker);
  let settle: (answer: { text: string; status: number } | null) => void = () => undefined;
  const answer = new Promise<{ text: string; status: number } | null>((resolve) => (settle = resolve));
  const isThisSave = (request: Request) =>
    request.method() === 'POST' && Boolean(request.headers()['next-action']) && (request.postData() ?? '').includes(marker);
  const handler = async (route: Route) => {
    if (!isThisSave(route.request())) return route.fallback();
    const forwarded = route.fetch({ timeout: 60_000 });
    onSent?.();
    try {
      const response = await forwarded;
      const text = await response.text();
      settle({ text, status: response.status() });
      await route.fulfill({ response, body: text });
    } catch {
      settle(null);
      await route.abort('connectionreset').catch(() => undefined);
    }
  };
  await page.route('**/*', handler);
  try {
    await page.getByRole('button', { name: /^(Lưu nháp|Cập nhật)$/ }).click();
    const answered = await answer;
    if (answered === null) return { marker, acknowledged: false, version: null, noAnswer: true };
    const { text, status } = answered;
    // The answer is a React Server Components stream; the result row holds `"ok":true` and the article.
    const acknowledged = /"ok":true/.test(text);
    const version = acknowledged ? Number(/"version":(\d+)/.exec(text)?.[1] ?? NaN) : null;
    const message = acknowledged ? undefined : (/"message":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? text.slice(0, 300));
    return { marker, acknowledged, version, noAnswer: false, message, status };
  } finally {
    await page.unroute('**/*', handler);
  }
}
