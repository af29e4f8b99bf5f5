// Issue 8, faults: the server is killed with SIGKILL in the middle of a vote storm and of an
// editor's save (the embedded default: SQLite). After a restart, every vote and every save
// the portal acknowledged is in the database, and the database passes its integrity checks.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { saveWithMarker, signInAsEditor, startDraft, type SaveOutcome } from './support/editor-saves';
import { portalEnv, prepareDatabase, serverLogs, startPortal, workDirFor, type PortalServer } from './support/portal';
import { castOneVote, startVoteStorm, type VoteRecord } from './support/vote-storm';

const workDir = workDirFor('sigkill');
const logDir = path.join(workDir, 'logs');
/** Kills in a row, each at a different moment of the storm. */
const ROUNDS = 3;
/** Votes acknowledged in round n before the editor starts saving: 200, 300, 400. */
const votesBeforeSaves = (round: number) => 100 + 100 * round;

let server: PortalServer | undefined;

test.afterEach(async ({}, testInfo) => {
  await server?.stop();
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server logs', { body: serverLogs(logDir) });
});

test('SIGKILL during a vote storm and an editor save loses nothing acknowledged and leaves an intact database', async ({ page }, testInfo) => {
  rmSync(workDir, { recursive: true, force: true });
  const env = portalEnv({ dataDir: path.join(workDir, 'data') });
  prepareDatabase(env);
  const databaseFile = path.join(workDir, 'data', 'portal.db');
  const { id: articleId, slug: articleSlug } = readOnce(
    databaseFile,
    (db) =>
      db.prepare(`SELECT "id", "slug" FROM "Article" WHERE "status" = 'published' ORDER BY "publishedAt" DESC LIMIT 1`).get() as {
        id: string;
        slug: string;
      },
  );

  server = await startPortal(env, logDir);
  await signInAsEditor(page);
  const draftId = await startDraft(page, 'Bài viết lưu trong lúc máy chủ bị tắt đột ngột');
  const editorUrl = page.url();
  // The editor is asked before leaving a page with unsaved changes, and agrees.
  page.on('dialog', (dialog) => void dialog.accept());
  // Published, and read once, so that its page is in the cache: each save below changes it.
  await page.getByLabel('Tóm tắt', { exact: true }).fill('Bản đã xuất bản trước khi máy chủ bị tắt.');
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByRole('status').getByText('Đã xuất bản.')).toBeVisible();
  const publicPath = `/tin-tuc/${readOnce(databaseFile, (db) => db.prepare(`SELECT "slug" FROM "Article" WHERE "id" = ?`).pluck().get(draftId))}`;
  expect((await (await fetch(server.url + publicPath)).text()).includes('Bản đã xuất bản trước khi máy chủ bị tắt.')).toBe(true);

  const votes: VoteRecord[] = [];
  const saves: SaveOutcome[] = [];
  const rounds: { votesAcknowledged: number; votesUnanswered: number; savesAcknowledged: number; inFlightCommitted: boolean; restartMs: number }[] = [];
  let firstVoter = 0;

  for (let round = 1; round <= ROUNDS; round++) {
    const storm = startVoteStorm(server.url, articleId, { concurrency: 16, firstVoter });
    firstVoter += 1_000_000;
    // Let the storm get going (further each round), then save a few times while it rages
    // ("Cập nhật": the article is published).
    while (storm.acknowledged().length < votesBeforeSaves(round)) await sleep(20);
    const roundSaves: SaveOutcome[] = [];
    for (let n = 1; n <= 3; n++) roundSaves.push(await saveWithMarker(page, `Vòng ${round}, bản lưu số ${n}`));
    expect(roundSaves.every((save) => save.acknowledged), JSON.stringify(roundSaves)).toBe(true);

    // The next save: the server is killed the moment the browser has sent it.
    const inFlightMarker = `Vòng ${round}, bản lưu đang gửi khi máy chủ bị tắt`;
    let killed: Promise<void> | undefined;
    const inFlight = await saveWithMarker(page, inFlightMarker, () => {
      killed = server!.kill();
    });
    await killed;
    server = undefined;
    await storm.stop();
    expect(inFlight.noAnswer, 'the save in flight got no answer').toBe(true);

    // What the editor sees: the save failed and says so; the text is still on screen.
    await expect(page.getByRole('alert').filter({ hasText: /\S/ }).first()).toContainText('Không kết nối được với máy chủ');
    await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue(inFlightMarker);
    // The editor closes the tab at once. (Left open, its autosave would retry by itself once
    // the server is back.)
    await page.goto('about:blank');

    // Restart on the same files, as `npm start` (or systemd) would after a crash.
    server = await startPortal(env, logDir);
    const check = readOnce(databaseFile, (db) => ({
      integrity: (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((row) => row.integrity_check),
      foreignKeys: db.prepare('PRAGMA foreign_key_check').all(),
      ratings: db.prepare(`SELECT "voterId", "stars", "ignored" FROM "Rating" WHERE "articleId" = ?`).all(articleId) as {
        voterId: string;
        stars: number;
        ignored: number;
      }[],
      article: db.prepare(`SELECT "ratingCount", "ratingSum" FROM "Article" WHERE "id" = ?`).get(articleId),
      draft: db.prepare(`SELECT "summary", "version" FROM "Article" WHERE "id" = ?`).get(draftId) as { summary: string; version: number },
      revisions: (db.prepare(`SELECT "summary" FROM "ArticleRevision" WHERE "articleId" = ?`).all(draftId) as { summary: string }[]).map(
        (row) => row.summary,
      ),
    }));
    expect(check.integrity).toEqual(['ok']);
    expect(check.foreignKeys).toEqual([]);

    // Every acknowledged vote, of this round and the earlier ones, is stored with its stars,
    // and the article's counters equal its counted rows.
    votes.push(...storm.records);
    const stored = new Map(check.ratings.map((row) => [row.voterId, row.stars]));
    const acknowledged = votes.filter((vote) => vote.status === 201 && vote.voterId);
    expect(acknowledged.filter((vote) => stored.get(vote.voterId!) !== vote.stars), 'acknowledged votes missing').toEqual([]);
    const counted = check.ratings.filter((row) => !row.ignored);
    expect(check.article).toEqual({ ratingCount: counted.length, ratingSum: counted.reduce((sum, row) => sum + row.stars, 0) });

    // Every acknowledged save is stored (each is a revision); the article holds the last one,
    // or the save in flight if it committed before the kill.
    saves.push(...roundSaves);
    for (const save of saves) expect(check.revisions).toContain(save.marker);
    const lastAcknowledged = roundSaves.at(-1)!;
    expect([lastAcknowledged.marker, inFlightMarker]).toContain(check.draft.summary);
    expect(check.draft.version).toBeGreaterThanOrEqual(lastAcknowledged.version!);
    const inFlightCommitted = check.draft.summary === inFlightMarker;

    // Readers get the article as last saved, though nobody asked for its page between the
    // save and the kill (the cache's revalidations outlive the process).
    const publicPage = await (await fetch(server.url + publicPath)).text();
    expect(publicPage.includes(check.draft.summary), `the public page after the restart shows "${check.draft.summary}"`).toBe(true);

    // The editor opens the article again: what was typed is there, saved or kept in the browser.
    await page.goto(editorUrl);
    if (!inFlightCommitted) {
      await expect(page.getByText('Trình duyệt này còn giữ nội dung chưa lưu')).toBeVisible();
      await page.getByRole('button', { name: 'Khôi phục nội dung chưa lưu' }).click();
    }
    await expect(page.getByLabel('Tóm tắt', { exact: true })).toHaveValue(inFlightMarker);

    rounds.push({
      votesAcknowledged: storm.acknowledged().length,
      votesUnanswered: storm.records.filter((vote) => vote.status !== 201).length,
      savesAcknowledged: roundSaves.length,
      inFlightCommitted,
      restartMs: server.startupMs,
    });
  }

  // The restarted portal works: pages whole, a new vote, a new save.
  for (const pagePath of ['/', `/tin-tuc/${articleSlug}`, '/chuyen-muc/tin-tuc-su-kien']) {
    const response = await fetch(server.url + pagePath);
    expect(response.status, pagePath).toBe(200);
    expect(await response.text(), pagePath).toContain('</html>');
  }
  expect((await castOneVote(server.url, articleId, firstVoter)).status).toBe(201);
  const afterRestart = await saveWithMarker(page, 'Bản lưu sau khi khởi động lại');
  expect(afterRestart.acknowledged, `a save after the restart: ${JSON.stringify(afterRestart)}`).toBe(true);

  const figures = {
    rounds,
    votesAcknowledged: votes.filter((vote) => vote.status === 201).length,
    savesAcknowledged: saves.length,
  };
  console.log(`[faults] SIGKILL: ${JSON.stringify(figures)}`);
  testInfo.annotations.push({ type: 'figures', description: JSON.stringify(figures) });
});

/** Opens the database file with a connection of the test's own, runs `work`, closes it. */
function readOnce<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
