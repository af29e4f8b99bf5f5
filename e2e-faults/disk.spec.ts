// Issue 8, faults: a full disk and a read-only data directory (the embedded default, SQLite,
// with uploads as files). The editor is told in plain Vietnamese why nothing could be saved,
// keeps what they typed, and nothing saved before is lost. Real faults: the data directory
// is a small tmpfs that the test fills up or makes read-only (support/mounts.ts).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { saveWithMarker, signInAsEditor, startDraft } from './support/editor-saves';
import { bindReadOnly, FILLER_NAME, fillFilesystem, mountTmpfs, remount, requirePrivateMountNamespace, unmount } from './support/mounts';
import { portalEnv, prepareDatabase, serverLogs, startPortal, workDirFor, type PortalServer } from './support/portal';

const DISK_FULL_MESSAGE = 'Không lưu được vì ổ đĩa của máy chủ đã đầy.';
const READ_ONLY_MESSAGE = 'Không lưu được vì thư mục dữ liệu của máy chủ đang ở chế độ chỉ đọc.';
const KEPT = 'Những gì đã lưu trước đó vẫn còn nguyên, nội dung bạn đang soạn vẫn còn trên màn hình.';
const COVER = path.join(process.cwd(), 'e2e', 'fixtures', 'cover.png');

test.describe.configure({ mode: 'serial' });

let server: PortalServer | undefined;
let logDir = '';
test.beforeAll(() => requirePrivateMountNamespace());
test.afterEach(async ({}, testInfo) => {
  await server?.stop();
  server = undefined;
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server logs', { body: serverLogs(logDir) });
});

/** A portal whose whole data directory (database, media) is a tmpfs of `sizeBytes`. */
async function portalOnSmallDisk(name: string, sizeBytes: number) {
  const workDir = workDirFor(name);
  const dataDir = path.join(workDir, 'data');
  if (existsSync(dataDir)) spawnUnmount(dataDir);
  rmSync(workDir, { recursive: true, force: true });
  logDir = path.join(workDir, 'logs');
  mountTmpfs(dataDir, sizeBytes);
  const env = portalEnv({ dataDir });
  prepareDatabase(env);
  server = await startPortal(env, logDir);
  return { dataDir, env, databaseFile: path.join(dataDir, 'portal.db'), mediaDir: path.join(dataDir, 'media') };
}

function spawnUnmount(directory: string) {
  try {
    unmount(directory);
  } catch {
    // not mounted
  }
}

/** An article with a cover, published, as the editor leaves it before the fault. */
async function publishArticleWithCover(page: Page, title: string) {
  // The editor agrees when asked before leaving a page with unsaved changes.
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAsEditor(page);
  const id = await startDraft(page, title);
  await page.getByLabel('Ảnh đại diện', { exact: true }).setInputFiles(COVER);
  await expect(page.getByRole('img', { name: 'Ảnh đại diện chưa có mô tả' })).toBeVisible();
  await page.getByLabel('Mô tả ảnh đại diện').fill('Ảnh minh họa bài viết');
  await page.getByLabel('Tóm tắt', { exact: true }).fill('Bản đã lưu trước sự cố.');
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByRole('status').getByText('Đã xuất bản.')).toBeVisible();
  const coverSrc = await page.getByRole('img', { name: 'Ảnh minh họa bài viết' }).getAttribute('src');
  return { id, slug: /\/tin-tuc\/([a-z0-9-]+)/.exec(await page.getByRole('link', { name: 'Xem bài trên trang' }).getAttribute('href') ?? '')![1], coverSrc: coverSrc! };
}

async function health(baseUrl: string) {
  return (await (await fetch(`${baseUrl}/api/health`)).json()) as { status: string; storage: { ok: boolean; writable: boolean; freeBytes: number } | null };
}

/** What readers and the database still have of the article saved before the fault. */
async function expectSavedArticleIntact(baseUrl: string, databaseFile: string, article: { id: string; slug: string; coverStorageKey: string }, summary: string) {
  const page = await fetch(`${baseUrl}/tin-tuc/${article.slug}`);
  expect(page.status).toBe(200);
  expect((await page.text()).includes(summary), `the public page shows "${summary}"`).toBe(true);
  const cover = await fetch(`${baseUrl}/media/${article.coverStorageKey}`);
  expect(cover.status).toBe(200);
  expect(cover.headers.get('content-type')).toMatch(/^image\//);
  const db = new Database(databaseFile, { readonly: true });
  try {
    expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    expect(db.prepare(`SELECT "summary", "status" FROM "Article" WHERE "id" = ?`).get(article.id)).toEqual({ summary, status: 'published' });
  } finally {
    db.close();
  }
}

function partialFiles(mediaDir: string): string[] {
  if (!existsSync(mediaDir)) return [];
  return (readdirSync(mediaDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.partial'));
}

/** The cover's storage key from its optimised src (/_next/image?url=%2Fmedia%2F…) or its plain /media/ path. */
function storageKeyOf(src: string): string {
  const plain = src.startsWith('/_next/image') ? decodeURIComponent(new URL(src, 'http://x').searchParams.get('url') ?? '') : src;
  return plain.replace(/^\/media\//, '');
}

test('a full disk: the editor is told the disk is full, keeps the text, and loses nothing saved; saving works once space is freed', async ({ page }, testInfo) => {
  const { dataDir, databaseFile, mediaDir } = await portalOnSmallDisk('disk-full', 32 * 1024 * 1024);
  const baseUrl = server!.url;
  const published = await publishArticleWithCover(page, 'Bài viết trước khi ổ đĩa đầy');
  const article = { ...published, coverStorageKey: storageKeyOf(published.coverSrc) };
  expect((await health(baseUrl)).storage).toMatchObject({ ok: true, writable: true });

  const filled = fillFilesystem(dataDir);
  const whileFull = await health(baseUrl);
  expect(whileFull.storage).toMatchObject({ ok: false, writable: true });
  expect(whileFull.status, 'readers are still served: the instance stays in rotation').toBe('ok');

  // A save of the published article: refused, and the editor reads why.
  const typed = 'Bản sửa gõ khi ổ đĩa đã đầy: không được mất.';
  const refused = await saveWithMarker(page, typed);
  // 507 Insufficient Storage: the server's state, not a generic 500.
  expect(refused).toMatchObject({ acknowledged: false, noAnswer: false, status: 507 });
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  await expect(alert).toContainText(DISK_FULL_MESSAGE);
  await expect(alert).toContainText(KEPT);
  await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue(typed);
  const editorSees = { save: await alert.innerText() };

  // A new image: refused next to the field, with the same reason, and no half file left behind.
  const coverInput = page.getByLabel('Ảnh đại diện', { exact: true });
  await coverInput.setInputFiles(COVER);
  await expect(coverInput).toHaveAccessibleDescription(new RegExp(DISK_FULL_MESSAGE));
  await expect(coverInput).toHaveAttribute('aria-invalid', 'true');
  const uploadMessage = await page.locator(`[id="${await coverInput.getAttribute('id')}-error"]`).innerText();
  expect(partialFiles(mediaDir)).toEqual([]);

  // Readers still get the article as it was saved, with its cover.
  await expectSavedArticleIntact(baseUrl, databaseFile, article, 'Bản đã lưu trước sự cố.');

  // Space is freed (the operator deletes something): the same tab saves, no restart needed.
  rmSync(path.join(dataDir, FILLER_NAME));
  await coverInput.setInputFiles(COVER);
  await expect(coverInput).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('img', { name: 'Ảnh minh họa bài viết' })).not.toHaveAttribute('src', article.coverSrc);
  const retried = await saveWithMarker(page, `${typed} Đã lưu lại sau khi giải phóng dung lượng.`);
  expect(retried.acknowledged, JSON.stringify(retried)).toBe(true);
  await expectSavedArticleIntact(baseUrl, databaseFile, article, `${typed} Đã lưu lại sau khi giải phóng dung lượng.`);
  expect((await health(baseUrl)).storage).toMatchObject({ ok: true, writable: true });

  const figures = { tmpfsBytes: 32 * 1024 * 1024, fillerBytes: filled, freeBytesWhileFull: whileFull.storage!.freeBytes, editorSees: { ...editorSees, upload: uploadMessage } };
  console.log(`[faults] disk full: ${JSON.stringify(figures)}`);
  testInfo.annotations.push({ type: 'figures', description: JSON.stringify(figures) });
});

test('a read-only data directory: uploads and saves are refused with the reason, readers are served, nothing saved is lost', async ({ page }, testInfo) => {
  const { dataDir, env, databaseFile, mediaDir } = await portalOnSmallDisk('read-only', 32 * 1024 * 1024);
  const baseUrl = server!.url;
  const published = await publishArticleWithCover(page, 'Bài viết trước khi thư mục dữ liệu chỉ đọc');
  const article = { ...published, coverStorageKey: storageKeyOf(published.coverSrc) };

  // First only the media folder turns read-only under the running portal: a new image is refused.
  bindReadOnly(mediaDir);
  const coverInput = page.getByLabel('Ảnh đại diện', { exact: true });
  await coverInput.setInputFiles(COVER);
  await expect(coverInput).toHaveAccessibleDescription(new RegExp(READ_ONLY_MESSAGE));
  const uploadMessage = await page.locator(`[id="${await coverInput.getAttribute('id')}-error"]`).innerText();
  expect(partialFiles(mediaDir)).toEqual([]);
  expect((await health(baseUrl)).storage).toMatchObject({ ok: false, writable: false });
  unmount(mediaDir);

  // Then the whole filesystem: the kernel remounts a failing disk read-only, and the portal is
  // restarted on it (its files in the state a crash leaves them: SIGKILL, then the remount).
  await server!.kill();
  server = undefined;
  remount(dataDir, 'ro');
  server = await startPortal(env, logDir);
  const whileReadOnly = await health(baseUrl);
  expect(whileReadOnly.storage).toMatchObject({ ok: false, writable: false });

  // Readers are served; the editor's signed-in session still works (it only reads).
  await expectSavedArticleIntact(baseUrl, databaseFile, article, 'Bản đã lưu trước sự cố.');
  await page.goto(`/quan-tri/bai-viet/${article.id}`);
  const typed = 'Bản sửa gõ khi thư mục dữ liệu chỉ đọc: không được mất.';
  const refused = await saveWithMarker(page, typed);
  expect(refused).toMatchObject({ acknowledged: false, noAnswer: false, status: 503 });
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  await expect(alert).toContainText(READ_ONLY_MESSAGE);
  await expect(alert).toContainText(KEPT);
  await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue(typed);
  const editorSees = { save: await alert.innerText(), upload: uploadMessage };

  // The disk is writable again and the portal restarted: the typed text, kept in the browser, is saved.
  await server!.stop();
  server = undefined;
  remount(dataDir, 'rw');
  server = await startPortal(env, logDir);
  await page.goto(`/quan-tri/bai-viet/${article.id}`);
  await expect(page.getByText('Trình duyệt này còn giữ nội dung chưa lưu')).toBeVisible();
  await page.getByRole('button', { name: 'Khôi phục nội dung chưa lưu' }).click();
  await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue(typed);
  const retried = await saveWithMarker(page, `${typed} Đã lưu lại.`);
  expect(retried.acknowledged, JSON.stringify(retried)).toBe(true);
  await expectSavedArticleIntact(baseUrl, databaseFile, article, `${typed} Đã lưu lại.`);

  console.log(`[faults] read-only: ${JSON.stringify({ editorSees })}`);
  testInfo.annotations.push({ type: 'figures', description: JSON.stringify({ editorSees }) });
});
