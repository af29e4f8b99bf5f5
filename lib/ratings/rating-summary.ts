// Shared by the server and the rating widget: no server-only imports here.
import type { FailureCode } from '@/lib/actions/action-result';

export const MIN_STARS = 1;
export const MAX_STARS = 5;
export const STAR_CHOICES = [1, 2, 3, 4, 5] as const;

/** Counted votes of one article; the average is sum / count. */
export type RatingSummary = { count: number; sum: number };

export const EMPTY_RATING_SUMMARY: RatingSummary = { count: 0, sum: 0 };

/** What a reader sees of an article's ratings: the summary and their own vote, if any. */
export type RatingSnapshot = { summary: RatingSummary; myStars: number | null };

/** The answer to a vote (the server action's return value, the POST route's JSON). */
export type RateArticleResult =
  | { ok: true; message: string; summary: RatingSummary; myStars: number }
  | { ok: false; message: string; code?: FailureCode };

/**
 * The average in tenths, rounded half up with integer arithmetic (4.25 → 43), so that the
 * server and the browser always print the same digits; null before the first vote.
 */
export function averageTenths(summary: RatingSummary): number | null {
  if (summary.count <= 0) return null;
  return Math.floor((summary.sum * 20 + summary.count) / (summary.count * 2));
}

/** "4,3": one decimal with the Vietnamese decimal comma. */
export function formatAverage(tenths: number): string {
  return `${Math.floor(tenths / 10)},${tenths % 10}`;
}

/** "1.234": Vietnamese thousands separator. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export const FIRST_VOTE_INVITATION = 'Chưa có lượt đánh giá nào. Hãy là người đầu tiên đánh giá bài viết này.';

/** "4,3/5 (12 lượt đánh giá)", or an invitation before the first vote. */
export function ratingSummaryText(summary: RatingSummary): string {
  const tenths = averageTenths(summary);
  if (tenths === null) return FIRST_VOTE_INVITATION;
  return `${formatAverage(tenths)}/${MAX_STARS} (${formatCount(summary.count)} lượt đánh giá)`;
}

/** The summary after one reader votes `stars`, replacing their earlier vote if they had one. */
export function applyVote(summary: RatingSummary, previousStars: number | null, stars: number): RatingSummary {
  if (previousStars === null) return { count: summary.count + 1, sum: summary.sum + stars };
  return { count: summary.count, sum: summary.sum - previousStars + stars };
}
