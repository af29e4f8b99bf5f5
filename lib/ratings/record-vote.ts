import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { RatingSummary } from './rating-summary';
import { NEW_VOTERS_PER_FINGERPRINT_PER_DAY } from './voting-rules';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** A vote whose input has been validated and whose voter has been identified. */
export type Vote = {
  articleId: string;
  voterId: string;
  /** keyed hash of the voter's network and browser (see client-signals.ts) */
  fingerprint: string;
  stars: number;
  /** the honeypot was filled in: keep the vote for analysis, never count it */
  fromBot: boolean;
};

export type VoteChange = 'created' | 'changed' | 'unchanged';

export type VoteOutcome =
  | { kind: 'recorded'; change: VoteChange; counted: boolean; slug: string; summary: RatingSummary }
  | { kind: 'article-not-rateable' };

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_ATTEMPTS = 5;
/** How long a vote may wait to start and to finish its transaction. */
const VOTE_WAIT_MS = 30_000;

class ConcurrentChange extends Error {}

/**
 * Records one reader's vote on a published article: the first vote adds to the article's
 * count, a later one from the same voter replaces it. The Rating row and the article's
 * ratingCount/ratingSum change in one transaction, so the summary always equals the counted
 * rows. Safe under concurrency: Rating is unique per (article, voter), a changed vote is
 * updated only if it still holds the stars read in the same transaction, and the counters
 * are incremented in SQL; a conflict (two first votes of one voter, a write from another
 * process) retries the whole transaction.
 */
export async function recordVote(db: PrismaClient, vote: Vote, now: Date = new Date()): Promise<VoteOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Votes on one article queue on its row lock (PostgreSQL) or the write lock (SQLite): in a
      // storm a vote may wait for a connection and the lock well past Prisma's 2 s default.
      return await db.$transaction((tx) => recordVoteOnce(tx, vote, now), { maxWait: VOTE_WAIT_MS, timeout: VOTE_WAIT_MS });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

async function recordVoteOnce(tx: Tx, vote: Vote, now: Date): Promise<VoteOutcome> {
  // A write first: it checks that the article is published and takes the write lock before
  // anything is read (SQLite waits for other writers here instead of failing later on a stale
  // snapshot; PostgreSQL locks the article row, so votes on one article queue up).
  // It also returns the counters, which stay ours until the commit.
  const [article] = await tx.$queryRaw<ArticleTotals[]>`
    UPDATE "Article" SET "ratingCount" = "ratingCount" WHERE "id" = ${vote.articleId} AND "status" = 'published'
    RETURNING "slug", "ratingCount", "ratingSum"`;
  if (!article) return { kind: 'article-not-rateable' };
  let summary = toSummary(article);

  const existing = await tx.rating.findUnique({
    where: { articleId_voterId: { articleId: vote.articleId, voterId: vote.voterId } },
    select: { id: true, stars: true, ignored: true },
  });

  let change: VoteChange;
  let counted: boolean;
  if (existing) {
    counted = !existing.ignored;
    // A bot that kept its cookie changes nothing; an ignored vote stays ignored.
    if (vote.fromBot || existing.stars === vote.stars) {
      change = 'unchanged';
    } else {
      const updated = await tx.rating.updateMany({
        where: { id: existing.id, stars: existing.stars },
        data: { stars: vote.stars, fingerprint: vote.fingerprint },
      });
      if (updated.count !== 1) throw new ConcurrentChange();
      if (counted) summary = await addToTotals(tx, vote.articleId, 0, vote.stars - existing.stars);
      change = 'changed';
    }
  } else {
    counted = !vote.fromBot && !(await fingerprintAtDailyLimit(tx, vote, now));
    await tx.rating.create({
      data: {
        articleId: vote.articleId,
        voterId: vote.voterId,
        fingerprint: vote.fingerprint,
        stars: vote.stars,
        ignored: !counted,
      },
    });
    if (counted) summary = await addToTotals(tx, vote.articleId, 1, vote.stars);
    change = 'created';
  }

  return { kind: 'recorded', change, counted, slug: article.slug, summary };
}

type ArticleTotals = { slug: string; ratingCount: number | bigint; ratingSum: number | bigint };

const toSummary = (totals: Omit<ArticleTotals, 'slug'>): RatingSummary => ({ count: Number(totals.ratingCount), sum: Number(totals.ratingSum) });

/**
 * Adds to the article's counters in SQL (no lost update), without touching `updatedAt`: a vote
 * is not an edit, and the article's modification date must not move with it.
 */
async function addToTotals(tx: Tx, articleId: string, count: number, sum: number): Promise<RatingSummary> {
  const [totals] = await tx.$queryRaw<Omit<ArticleTotals, 'slug'>[]>`
    UPDATE "Article" SET "ratingCount" = "ratingCount" + ${count}, "ratingSum" = "ratingSum" + ${sum} WHERE "id" = ${articleId}
    RETURNING "ratingCount", "ratingSum"`;
  return toSummary(totals);
}

async function fingerprintAtDailyLimit(tx: Tx, vote: Vote, now: Date): Promise<boolean> {
  const recent = await tx.rating.count({
    where: {
      articleId: vote.articleId,
      fingerprint: vote.fingerprint,
      ignored: false,
      createdAt: { gte: new Date(now.getTime() - DAY_MS) },
    },
  });
  return recent >= NEW_VOTERS_PER_FINGERPRINT_PER_DAY;
}

/**
 * Unique violation (P2002), write conflict (P2034), our own re-check, or a SQLite file busy
 * with another process's write (SQLITE_BUSY*, which Prisma reports as a timeout).
 */
function isRetryable(error: unknown): boolean {
  if (error instanceof ConcurrentChange) return true;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  if (code === 'P2002' || code === 'P2034') return true;
  const driverCode = meta?.driverAdapterError?.cause?.originalCode;
  return typeof driverCode === 'string' && driverCode.startsWith('SQLITE_BUSY');
}
