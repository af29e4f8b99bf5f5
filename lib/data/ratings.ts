import 'server-only';
import { getRedis, redisKey } from '@/lib/cache/redis';
import { prisma } from '@/lib/db/client';
import type { RatingSnapshot, RatingSummary } from '@/lib/ratings/rating-summary';
import { createLocalSummaryCache, createRedisSummaryCache, type RatingSummaryCache } from '@/lib/ratings/summary-cache';

/**
 * How long an anonymous reader may be answered from the cache without a query. Votes and
 * resets invalidate the entry at once (in Redis, for every instance: see summary-cache.ts);
 * the TTL bounds only what nothing announces, such as an article being unpublished, and the
 * catch-up should Redis fail.
 */
export const SUMMARY_TTL_MS = 2000;

// On globalThis: the route handler and the server action are bundled separately but must
// share one cache per process.
const globalForRatings = globalThis as unknown as { ratingSummaryCache?: RatingSummaryCache };

function summaryCache(): RatingSummaryCache {
  if (!globalForRatings.ratingSummaryCache) {
    const redis = getRedis();
    globalForRatings.ratingSummaryCache = redis
      ? createRedisSummaryCache(redis, redisKey, SUMMARY_TTL_MS)
      : createLocalSummaryCache(SUMMARY_TTL_MS);
  }
  return globalForRatings.ratingSummaryCache;
}

/**
 * After a vote or a reset has committed: from now on every instance answers with the new
 * figures. `summary` is what the change produced (null when unknown).
 */
export function ratingSummaryChanged(articleId: string, summary: RatingSummary | null): Promise<void> {
  return summaryCache().changed(articleId, summary);
}

/**
 * The summary of a published article and, when the reader has a voter id, their own vote;
 * null when there is no such published article.
 */
export async function getRatingSnapshot(articleId: string, voterId: string | null): Promise<RatingSnapshot | null> {
  if (voterId) {
    // A reader who has voted gets fresh figures, with their own choice.
    const row = await prisma.article.findFirst({
      where: { id: articleId, status: 'published' },
      select: { ratingCount: true, ratingSum: true, ratings: { where: { voterId }, select: { stars: true } } },
    });
    if (!row) return null;
    return { summary: { count: row.ratingCount, sum: row.ratingSum }, myStars: row.ratings[0]?.stars ?? null };
  }

  const cache = summaryCache();
  const cached = await cache.read(articleId);
  if ('hit' in cached) return { summary: cached.hit, myStars: null };
  const row = await prisma.article.findFirst({
    where: { id: articleId, status: 'published' },
    select: { ratingCount: true, ratingSum: true },
  });
  if (!row) {
    cache.forget(articleId);
    return null;
  }
  const summary = { count: row.ratingCount, sum: row.ratingSum };
  await cache.store(articleId, summary, cached.miss);
  return { summary, myStars: null };
}
