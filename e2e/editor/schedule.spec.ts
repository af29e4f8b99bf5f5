import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { toSiteIsoString } from '@/lib/text/format-date';
import { asRole, expect, forThisAttempt, startArticle, test } from '../support/editor';

test.use(asRole('editor'));

/** The start of the first minute at least `leadSeconds` away: a time the editor can type. */
function nextMinute(leadSeconds: number): Date {
  const at = new Date(Date.now() + leadSeconds * 1000);
  at.setSeconds(0, 0);
  return new Date(at.getTime() + 60_000);
}

test('a scheduled article goes live at its minute with nobody visiting it', async ({ page, reader }) => {
  test.setTimeout(150_000);
  const { title, slug } = forThisAttempt('Hẹn giờ: thông báo lịch họp tổ dân phố');
  const goLive = nextMinute(15);
  await startArticle(page, { title, body: 'Các tổ dân phố họp vào tối thứ Sáu.' });

  // A time already past is refused.
  await page.getByLabel('Ngày xuất bản').fill(toSiteIsoString(new Date(Date.now() - 3_600_000)).slice(0, 16));
  await page.getByRole('button', { name: 'Hẹn giờ xuất bản' }).click();
  await expect(page.getByText(/Thời điểm hẹn giờ đã qua/).first()).toBeVisible();

  await page.getByLabel('Ngày xuất bản').fill(toSiteIsoString(goLive).slice(0, 16));
  await page.getByRole('button', { name: 'Hẹn giờ xuất bản' }).click();
  await expect(page.getByRole('status').getByText(/^Đã hẹn giờ xuất bản lúc/)).toBeVisible();
  await expect(page.getByText('Hẹn giờ xuất bản', { exact: true }).first()).toBeVisible();
  expect((await reader.get(`/tin-tuc/${slug}`)).status()).toBe(404);
  await page.close();

  // Only the cached home page is watched: nobody asks for the article itself.
  await expect
    .poll(async () => (await reader.get('/')).text(), { timeout: goLive.getTime() - Date.now() + 30_000, intervals: [1_000] })
    .toContain(title);
  const late = Date.now() - goLive.getTime();
  console.log(`[scheduled publishing] live ${late} ms after its minute`);
  expect(late).toBeLessThan(60_000);
  expect((await reader.get(`/tin-tuc/${slug}`)).status()).toBe(200);
});

test('an overdue scheduled article is published the moment anyone asks for it', async ({ reader, page }) => {
  // As if the server had been down at the article's minute: scheduled, and due a minute ago.
  // Written straight to the database the server uses (SQLite file, or PostgreSQL in that pass).
  const { title, slug } = forThisAttempt('Quá giờ hẹn vẫn được đăng ngay');
  const id = `e2e${randomBytes(8).toString('hex')}`;
  const due = new Date(Date.now() - 60_000);
  const insert = `INSERT INTO "Article" ("id", "slug", "title", "summary", "bodyHtml", "status", "categoryId", "publishedAt", "createdAt", "updatedAt", "version")
    SELECT $1, $2, $3, '', '<p>Bài hẹn giờ đã đến hạn.</p>', 'scheduled', "id", $4, $5, $5, 1 FROM "Category" WHERE "slug" = 'thong-bao'`;
  const postgresUrl = process.env.E2E_DATABASE_URL;
  if (postgresUrl?.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(insert, [id, slug, title, due, new Date()]);
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(path.join(process.cwd(), '.e2e', 'portal.db'));
    const stamp = (date: Date) => date.toISOString().replace('Z', '+00:00');
    try {
      const now = stamp(new Date());
      db.prepare(insert.replace(/\$(\d)/g, '@p$1')).run({ p1: id, p2: slug, p3: title, p4: stamp(due), p5: now });
    } finally {
      db.close();
    }
  }

  const response = await reader.get(`/tin-tuc/${slug}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(title);
  // Asking for it also published it for good: the lists show it and the editors see it published.
  await expect.poll(async () => (await reader.get('/chuyen-muc/thong-bao')).text(), { timeout: 5_000 }).toContain(title);
  await page.goto('/quan-tri?trang-thai=published');
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
});
