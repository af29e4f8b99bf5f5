// An editor works on one instance; readers are served by the other (and by nginx).
import { expect, test } from '@playwright/test';
import { E2E_USERS } from '../e2e/fixtures/users';
import { startArticle } from '../e2e/support/editor';
import { slugify } from '../lib/text/slugify';
import { cluster, h1, instanceA, instanceB, pageHtml, timeUntil } from './support';

/** Publish-to-visible through the other instance: it reads the shared page cache, no copy of its own. */
const OTHER_INSTANCE_LIMIT_MS = 1000;
/** Through nginx: its 1 s micro-cache, which it counts in whole seconds (1–2 s), plus one refresh. */
const NGINX_LIMIT_MS = 2500;

test.use({ baseURL: instanceA.url });

test('an editor signed in on instance A publishes and edits; instance B serves each change within a second', async ({ page }) => {
  test.setTimeout(60_000);
  const editor = E2E_USERS.editor;
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(editor.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(`${instanceA.url}/quan-tri`);

  const title = `Phường tổ chức ngày hội đọc sách ${Date.now()}`;
  const slug = slugify(title);
  const summary = 'Hơn 300 em học sinh tham gia ngày hội đọc sách của phường.';
  const path = `/tin-tuc/${slug}`;
  await startArticle(page, { title, summary, body: 'Ngày hội có gian sách thiếu nhi và góc đọc cho người cao tuổi.' });
  // Instance B has never served the article: its 404 is what it knows.
  expect((await fetch(instanceB.url + path)).status).toBe(404);

  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByRole('status').getByText('Đã xuất bản.')).toBeVisible();
  let since = performance.now();
  const published = await timeUntil(async () => {
    const { html, response } = await pageHtml(instanceB.url + path);
    return response.status === 200 && html.includes(summary);
  }, OTHER_INSTANCE_LIMIT_MS);
  console.log(`publish on instance A → article page on instance B after ${published} ms`);
  expect((await pageHtml(`${instanceB.url}/`)).html).toContain(title);
  await timeUntil(async () => (await fetch(cluster.nginx + path)).status === 200, NGINX_LIMIT_MS);
  console.log(`publish on instance A → article page through nginx after ${Math.round(performance.now() - since)} ms`);

  // Both instances and nginx now hold the published page in their caches.
  expect((await fetch(instanceB.url + path)).headers.get('x-nextjs-cache')).toBe('HIT');
  const edited = { title: `${title} (đã cập nhật)`, paragraph: 'Đoạn bổ sung: ngày hội kéo dài đến hết Chủ nhật.' };
  await page.getByLabel('Tiêu đề', { exact: true }).fill(edited.title);
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await body.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(edited.paragraph);
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByRole('status').getByText(/Đã cập nhật bài trên trang/)).toBeVisible();
  since = performance.now();
  const editVisible = await timeUntil(async () => {
    const { html } = await pageHtml(instanceB.url + path);
    return h1(html) === edited.title && html.includes(edited.paragraph);
  }, OTHER_INSTANCE_LIMIT_MS);
  console.log(`edit on instance A → article page on instance B after ${editVisible} ms`);
  await timeUntil(async () => h1((await pageHtml(cluster.nginx + path)).html) === edited.title, NGINX_LIMIT_MS);
  console.log(`edit on instance A → article page through nginx after ${Math.round(performance.now() - since)} ms`);
});
