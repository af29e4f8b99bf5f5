'use server';

import { cookies, headers } from 'next/headers';
import { failureCodeForStatus, requestResponseStatus } from '@/lib/http/response-status';
import { castVote } from '@/lib/ratings/cast-vote';
import type { RateArticleResult } from '@/lib/ratings/rating-summary';
import { VOTER_COOKIE, voterCookieOptions } from '@/lib/ratings/voter-cookie';

/**
 * The rating widget's vote: `{ articleId, stars, website }` (website is the honeypot). A refusal
 * is `{ ok: false, code, message }` like every action's, answered with its HTTP status by the
 * portal's own server; POST /api/danh-gia runs the same code for clients without JavaScript.
 */
export async function rateArticleAction(input: unknown): Promise<RateArticleResult> {
  const cookieStore = await cookies();
  const outcome = await castVote(input, { headers: await headers(), voterCookie: cookieStore.get(VOTER_COOKIE)?.value });
  if (outcome.status >= 400) requestResponseStatus(outcome.status);
  // Only a reader's first vote sets the cookie (setting one makes Next.js re-render the page
  // for the action's answer, which later votes avoid).
  if (outcome.voterCookie) cookieStore.set(VOTER_COOKIE, outcome.voterCookie, voterCookieOptions());
  return outcome.result.ok ? outcome.result : { ...outcome.result, code: failureCodeForStatus(outcome.status) };
}
