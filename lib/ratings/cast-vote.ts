import 'server-only';
import { revalidateArticleRatings } from '@/lib/cache/revalidate';
import { ratingSummaryChanged } from '@/lib/data/ratings';
import { prisma, type PrismaClient } from '@/lib/db/client';
import { databaseAnswers } from '@/lib/db/database-answers';
import { serverConditionStatus, UNAVAILABLE_RETRY_AFTER_SECONDS } from '@/lib/db/database-unavailable';
import { createRateLimiter, retryAfterText, type RateLimiter } from '@/lib/security/rate-limit';
import { ARTICLE_ID_MESSAGE, STARS_MESSAGE, voteSchema } from '@/lib/validation/rating';
import { addressRateLimitKey, voterFingerprint } from './client-signals';
import type { RateArticleResult } from './rating-summary';
import { recordVote, type VoteChange } from './record-vote';
import { newVoterId, readVoterId, signVoterId } from './voter-cookie';
import { VOTES_PER_ADDRESS_PER_MINUTE } from './voting-rules';

/** The answer, plus what only an HTTP response can carry. */
export type CastVoteOutcome = {
  /**
   * 201 new vote, 200 changed or repeated, 400 invalid, 404 not a published article, 429 too
   * many, 503/507 the database unavailable or its disk unable to write (Retry-After), 500
   */
  status: number;
  result: RateArticleResult;
  /** a signed voter cookie to set: the reader had none (or a forged one) */
  voterCookie?: string;
  retryAfterSeconds?: number;
  /** the article voted on, when known (the form fallback links back to it) */
  articleSlug?: string;
};

export type VoteRequest = { headers: Headers; voterCookie: string | undefined };

export const INVALID_VOTE_MESSAGE = 'Dữ liệu đánh giá không hợp lệ.';
export const ARTICLE_NOT_RATEABLE_MESSAGE = 'Không tìm thấy bài viết đã xuất bản để đánh giá.';
export const VOTE_FAILED_MESSAGE = 'Không thể ghi nhận đánh giá lúc này. Vui lòng thử lại sau.';

const SUCCESS_MESSAGES: Record<VoteChange, (stars: number) => string> = {
  created: (stars) => `Cảm ơn bạn! Đã ghi nhận đánh giá ${stars} sao.`,
  changed: (stars) => `Đã đổi đánh giá của bạn thành ${stars} sao.`,
  unchanged: (stars) => `Bạn đã đánh giá bài viết này ${stars} sao.`,
};

// One limiter per process on globalThis: the route handler and the server action are bundled
// separately and must count against the same budget.
const globalForLimiter = globalThis as unknown as { voteRateLimiter?: RateLimiter };

function voteRateLimiter(): RateLimiter {
  return (globalForLimiter.voteRateLimiter ??= createRateLimiter('rating-vote', {
    points: VOTES_PER_ADDRESS_PER_MINUTE,
    durationSeconds: 60,
  }));
}

function invalidVoteMessage(path: PropertyKey | undefined): string {
  if (path === 'stars') return STARS_MESSAGE;
  if (path === 'articleId') return ARTICLE_ID_MESSAGE;
  return INVALID_VOTE_MESSAGE;
}

/**
 * One reader's vote, from any entry point (the widget's server action, the POST route used by
 * forms without JavaScript and by the benchmark): validates, limits per network, identifies
 * the voter by the signed cookie (a new id when there is none), records the vote and schedules
 * the page refresh. Anything refused changes nothing and says why, in Vietnamese.
 */
export async function castVote(
  input: unknown,
  request: VoteRequest,
  deps: { db?: PrismaClient; limiter?: RateLimiter } = {},
): Promise<CastVoteOutcome> {
  const parsed = voteSchema.safeParse(input);
  if (!parsed.success) {
    return { status: 400, result: { ok: false, message: invalidVoteMessage(parsed.error.issues[0]?.path[0]) } };
  }
  const { articleId, stars, website } = parsed.data;

  try {
    const limit = await (deps.limiter ?? voteRateLimiter()).consume(addressRateLimitKey(request.headers));
    if (!limit.allowed) {
      return {
        status: 429,
        retryAfterSeconds: limit.retryAfterSeconds,
        result: { ok: false, message: `Bạn đã gửi quá nhiều lượt đánh giá. ${retryAfterText(limit.retryAfterSeconds)}` },
      };
    }

    const knownVoterId = readVoterId(request.voterCookie);
    const voterId = knownVoterId ?? newVoterId();
    const outcome = await recordVote(deps.db ?? prisma, {
      articleId,
      voterId,
      fingerprint: voterFingerprint(request.headers),
      stars,
      fromBot: website.trim() !== '',
    });
    if (outcome.kind === 'article-not-rateable') {
      return { status: 404, result: { ok: false, message: ARTICLE_NOT_RATEABLE_MESSAGE } };
    }

    if (outcome.counted && outcome.change !== 'unchanged') {
      // Before answering: once the voter sees the new figures, so does every reader, on every instance.
      await ratingSummaryChanged(articleId, outcome.summary);
      const db = deps.db ?? prisma;
      revalidateArticleRatings(outcome.slug, () => databaseAnswers(db));
    }
    return {
      status: outcome.change === 'created' ? 201 : 200,
      // A bot gets the same answer as a person: it must not learn that it was found out.
      result: { ok: true, message: SUCCESS_MESSAGES[outcome.change](stars), summary: outcome.summary, myStars: stars },
      voterCookie: knownVoterId ? undefined : signVoterId(voterId),
      articleSlug: outcome.slug,
    };
  } catch (error) {
    console.error(`[ratings] recording a vote on article ${articleId} failed`, error);
    const status = serverConditionStatus(error);
    if (status) return { status, result: { ok: false, message: VOTE_FAILED_MESSAGE }, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS };
    return { status: 500, result: { ok: false, message: VOTE_FAILED_MESSAGE } };
  }
}
