import 'server-only';
import { prisma } from '@/lib/db/client';
import type { RatingSnapshot, RatingSummary } from '@/lib/ratings/rating-summary';

/**
 * Every article page asks for its current summary when it loads, so anonymous requests are
 * answered from memory for a moment: at most one query per article per SUMMARY_TTL_MS, however
 * many readers. Votes handled by this process update the entry at once; another instance's
 * votes show up within the TTL.
 */
const SUMMARY_TTL_MS = 2000;
const MAX_CACHED_SUMMARIES = 5000;

type CachedSummary = { summary: RatingSummary; expiresAt: number };

// On globalThis: the route handler and the server action are bundled separately but must
// share one cache per process.
const globalForRatings = globalThis as unknown as { ratingSummaries?: Map<string, CachedSummary> };
const summaries = (globalForRatings.ratingSummaries ??= new Map());

/** Keeps the summary a vote just produced, so the next reader sees it without a query. */
export function rememberRatingSummary(articleId: string, summary: RatingSummary): void {
  if (summaries.size >= MAX_CACHED_SUMMARIES) summaries.clear();
  summaries.set(articleId, { summary, expiresAt: Date.now() + SUMMARY_TTL_MS });
}

export function forgetRatingSummary(articleId: string): void {
  summaries.delete(articleId);
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
    const summary = { count: row.ratingCount, sum: row.ratingSum };
    rememberRatingSummary(articleId, summary);
    return { summary, myStars: row.ratings[0]?.stars ?? null };
  }

  const cached = summaries.get(articleId);
  if (cached && cached.expiresAt > Date.now()) return { summary: cached.summary, myStars: null };
  const row = await prisma.article.findFirst({
    where: { id: articleId, status: 'published' },
    select: { ratingCount: true, ratingSum: true },
  });
  if (!row) {
    forgetRatingSummary(articleId);
    return null;
  }
  const summary = { count: row.ratingCount, sum: row.ratingSum };
  rememberRatingSummary(articleId, summary);
  return { summary, myStars: null };
}
