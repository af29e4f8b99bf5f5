// Scheduled publishing with two instances: both run the scheduler timer
// (lib/scheduler/scheduled-publishing-timer.ts) and both take readers' requests.
import { expect, test } from '@playwright/test';
import { h1, instanceA, instanceB, pageHtml, sql, timeUntil } from './support';

/** CHECK_INTERVAL_MS of lib/scheduler/scheduled-publishing-timer.ts: how often each instance looks. */
const CHECK_INTERVAL_MS = 10_000;
const SCHEDULED_PUBLISH_NOTE = 'Xuất bản theo lịch hẹn';

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

async function schedule(article: { id: string; slug: string; title: string; due: number }) {
  // Timestamps without time zone hold UTC, as Prisma writes them.
  await sql(
    `INSERT INTO "Article" ("id", "slug", "title", "summary", "bodyHtml", "status", "categoryId", "publishedAt", "createdAt", "updatedAt", "version")
     SELECT $1, $2, $3, '', '<p>Bài hẹn giờ, xuất bản khi đến giờ.</p>', 'scheduled', "id", $4, $5, $5, 1 FROM "Category" WHERE "slug" = 'thong-bao'`,
    [article.id, article.slug, article.title, new Date(article.due).toISOString().replace('Z', ''), new Date().toISOString().replace('Z', '')],
  );
}

test('a scheduled article is published exactly once while both instances run their timers and take requests', async () => {
  test.setTimeout(60_000);
  const stamp = Date.now();
  const article = (name: string, dueIn: number) => ({
    id: `cluster-hen-gio-${name}-${stamp}`,
    slug: `bai-hen-gio-${name}-${stamp}`,
    title: `Bài hẹn giờ (${name}) ${stamp}`,
    due: stamp + dueIn,
  });
  // Readers ask both instances for this one at its minute: each instance asks itself to publish.
  const raced = article('nguoi-doc', 3000);
  // Nobody asks for this one: only the timers publish it.
  const quiet = article('hen-gio', 5500);
  await schedule(raced);
  await schedule(quiet);

  await sleepUntil(raced.due + 50);
  const readers = await Promise.all(
    Array.from({ length: 8 }, (_, i) => pageHtml(`${(i % 2 === 0 ? instanceA : instanceB).url}/tin-tuc/${raced.slug}`)),
  );
  for (const { response, html } of readers) {
    expect(response.status).toBe(200);
    expect(h1(html)).toBe(raced.title);
  }

  const status = async (id: string) => (await sql('SELECT "status" FROM "Article" WHERE "id" = $1', [id])).rows[0].status as string;
  await sleepUntil(quiet.due);
  const late = await timeUntil(async () => (await status(quiet.id)) === 'published', CHECK_INTERVAL_MS + 3000);
  console.log(`scheduled article published by a timer ${late} ms after its time`);
  expect(await status(raced.id)).toBe('published');

  for (const { slug, title } of [raced, quiet]) {
    for (const instance of [instanceA, instanceB]) {
      await timeUntil(async () => {
        const { response, html } = await pageHtml(`${instance.url}/tin-tuc/${slug}`);
        return response.status === 200 && h1(html) === title;
      }, 1000);
      const { html } = await pageHtml(`${instance.url}/chuyen-muc/thong-bao`);
      expect(html).toContain(title);
    }
  }

  // Every timer of both instances has looked again since: still one publication each.
  await sleepUntil(quiet.due + CHECK_INTERVAL_MS + 1500);
  for (const { id } of [raced, quiet]) {
    const audit = await sql(`SELECT "actorId" FROM "AuditLog" WHERE "action" = 'article.scheduled-publish' AND "targetId" = $1`, [id]);
    expect(audit.rowCount, `audit entries of ${id}`).toBe(1);
    expect(audit.rows[0].actorId).toBeNull();
    const revisions = await sql('SELECT "version", "status", "note" FROM "ArticleRevision" WHERE "articleId" = $1', [id]);
    expect(revisions.rows).toEqual([{ version: 2, status: 'published', note: SCHEDULED_PUBLISH_NOTE }]);
    const row = (await sql('SELECT "status", "version" FROM "Article" WHERE "id" = $1', [id])).rows[0];
    expect(row).toEqual({ status: 'published', version: 2 });
  }
});
