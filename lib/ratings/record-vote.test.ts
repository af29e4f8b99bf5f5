import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordVote, type Vote } from './record-vote';
import { NEW_VOTERS_PER_FINGERPRINT_PER_DAY } from './voting-rules';
import { createTestArticle, createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { newVoterId } from './voter-cookie';

let db: TestDatabaseWithClient;

beforeAll(async () => {
  db = await createTestDatabaseWithClient();
});

afterAll(async () => {
  await db?.dispose();
});

const vote = (articleId: string, overrides: Partial<Vote> = {}): Vote => ({
  articleId,
  voterId: newVoterId(),
  fingerprint: `fp-${newVoterId()}`,
  stars: 4,
  fromBot: false,
  ...overrides,
});

async function totals(articleId: string) {
  const article = await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } });
  const counted = await db.prisma.rating.aggregate({
    where: { articleId, ignored: false },
    _count: true,
    _sum: { stars: true },
  });
  return {
    count: article.ratingCount,
    sum: article.ratingSum,
    rows: await db.prisma.rating.count({ where: { articleId } }),
    countedRows: counted._count,
    countedSum: counted._sum.stars ?? 0,
  };
}

describe('recordVote', () => {
  it('keeps exactly 1,000 votes and the exact average when 1,000 readers vote at once', async () => {
    const article = await createTestArticle(db.prisma);
    const votes = Array.from({ length: 1000 }, (_, i) => vote(article.id, { stars: (i % 5) + 1 }));
    const expectedSum = votes.reduce((sum, v) => sum + v.stars, 0);

    const outcomes = await Promise.all(votes.map((v) => recordVote(db.prisma, v)));

    expect(outcomes.every((o) => o.kind === 'recorded' && o.change === 'created' && o.counted)).toBe(true);
    expect(await totals(article.id)).toEqual({ count: 1000, sum: expectedSum, rows: 1000, countedRows: 1000, countedSum: expectedSum });
    expect(expectedSum / 1000).toBe(3);
  });

  it('loses nothing when four server processes write the same database file at once', async () => {
    const article = await createTestArticle(db.prisma);
    const perProcess = 250;
    const runWorker = (index: number) =>
      promisify(execFile)(
        process.execPath,
        ['--conditions=react-server', '--import', 'tsx', path.join('test', 'vote-worker.ts'), db.url, article.id, String(index * perProcess), String(perProcess)],
        { cwd: process.cwd() },
      );
    const results = await Promise.all([0, 1, 2, 3].map(runWorker));
    expect(results.map((r) => JSON.parse(r.stdout).created)).toEqual([perProcess, perProcess, perProcess, perProcess]);

    const expectedSum = Array.from({ length: 1000 }, (_, n) => (n % 5) + 1).reduce((a, b) => a + b, 0);
    expect(await totals(article.id)).toEqual({ count: 1000, sum: expectedSum, rows: 1000, countedRows: 1000, countedSum: expectedSum });
  }, 120_000);

  it('changes a reader’s vote instead of adding one, even when the re-votes race each other', async () => {
    const article = await createTestArticle(db.prisma);
    const readers = Array.from({ length: 200 }, () => vote(article.id, { stars: 1 }));
    await Promise.all(readers.map((v) => recordVote(db.prisma, v)));

    // Every reader changes their vote three times, all at once.
    const revotes = readers.flatMap((v) => [2, 5, 3].map((stars) => ({ ...v, stars })));
    const outcomes = await Promise.all(revotes.map((v) => recordVote(db.prisma, v)));
    expect(outcomes.every((o) => o.kind === 'recorded' && o.change !== 'created')).toBe(true);

    const stored = await db.prisma.rating.findMany({ where: { articleId: article.id } });
    const storedSum = stored.reduce((sum, r) => sum + r.stars, 0);
    expect(await totals(article.id)).toEqual({ count: 200, sum: storedSum, rows: 200, countedRows: 200, countedSum: storedSum });
    // Concurrent calls may land in any order; each reader's row holds one of their choices.
    expect(stored.every((r) => [2, 5, 3].includes(r.stars))).toBe(true);
  });

  it('reports created, changed and unchanged, with the summary after the vote', async () => {
    const article = await createTestArticle(db.prisma);
    const reader = vote(article.id, { stars: 5 });
    expect(await recordVote(db.prisma, reader)).toMatchObject({ kind: 'recorded', change: 'created', summary: { count: 1, sum: 5 } });
    expect(await recordVote(db.prisma, { ...reader, stars: 2 })).toMatchObject({ change: 'changed', summary: { count: 1, sum: 2 } });
    expect(await recordVote(db.prisma, { ...reader, stars: 2 })).toMatchObject({ change: 'unchanged', summary: { count: 1, sum: 2 } });
    expect(await recordVote(db.prisma, vote(article.id, { stars: 3 }))).toMatchObject({ summary: { count: 2, sum: 5 } });
    // A vote is not an edit: the article's modification date stays.
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: article.id } })).updatedAt).toEqual(article.updatedAt);
  });

  it('refuses votes on articles that are not published, or do not exist, and changes nothing', async () => {
    for (const status of ['draft', 'pending', 'scheduled', 'unpublished', 'trashed']) {
      const article = await createTestArticle(db.prisma, status);
      expect(await recordVote(db.prisma, vote(article.id))).toEqual({ kind: 'article-not-rateable' });
      expect(await totals(article.id)).toMatchObject({ count: 0, sum: 0, rows: 0 });
    }
    expect(await recordVote(db.prisma, vote('khong-co-bai-nay'))).toEqual({ kind: 'article-not-rateable' });
  });

  it('keeps a bot’s vote for analysis but never counts it, and a bot cannot change a counted vote', async () => {
    const article = await createTestArticle(db.prisma);
    const outcome = await recordVote(db.prisma, vote(article.id, { stars: 1, fromBot: true }));
    expect(outcome).toMatchObject({ kind: 'recorded', counted: false, summary: { count: 0, sum: 0 } });
    expect(await db.prisma.rating.count({ where: { articleId: article.id, ignored: true } })).toBe(1);

    const reader = vote(article.id, { stars: 5 });
    await recordVote(db.prisma, reader);
    await recordVote(db.prisma, { ...reader, stars: 1, fromBot: true });
    expect(await totals(article.id)).toMatchObject({ count: 1, sum: 5 });
  });

  it('stops counting new voters from one fingerprint after the daily limit, and keeps them ignored', async () => {
    const article = await createTestArticle(db.prisma);
    const fingerprint = 'same-network-same-browser';
    const voters = Array.from({ length: NEW_VOTERS_PER_FINGERPRINT_PER_DAY + 3 }, () => vote(article.id, { fingerprint, stars: 1 }));
    for (const v of voters) await recordVote(db.prisma, v);
    expect(await totals(article.id)).toMatchObject({ count: NEW_VOTERS_PER_FINGERPRINT_PER_DAY, rows: voters.length });

    // An ignored voter changing their vote stays ignored.
    const last = voters.at(-1)!;
    expect(await recordVote(db.prisma, { ...last, stars: 5 })).toMatchObject({ change: 'changed', counted: false });
    expect(await totals(article.id)).toMatchObject({ count: NEW_VOTERS_PER_FINGERPRINT_PER_DAY, sum: NEW_VOTERS_PER_FINGERPRINT_PER_DAY });

    // A day later the same fingerprint counts again.
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect(await recordVote(db.prisma, vote(article.id, { fingerprint }), tomorrow)).toMatchObject({ counted: true });
  });
});
