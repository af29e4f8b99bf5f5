import { type NextRequest, NextResponse } from 'next/server';
import { getRatingSnapshot } from '@/lib/data/ratings';
import { escapeHtml } from '@/lib/html/escape';
import { BodyTooLargeError, readLimitedBody } from '@/lib/http/read-limited-body';
import { INVALID_VOTE_MESSAGE, castVote, type CastVoteOutcome } from '@/lib/ratings/cast-vote';
import { VOTER_COOKIE, readVoterId, voterCookieOptions } from '@/lib/ratings/voter-cookie';
import { ARTICLE_ID_MESSAGE, articleIdSchema, voteFromForm } from '@/lib/validation/rating';
import { isSameOriginRequest } from '@/lib/http/same-origin';

// Ratings of one article for the widget, and votes from clients that cannot call the server
// action: forms without JavaScript, scripts, the benchmark. Both share castVote with the action.

/** A vote is a few dozen bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 4096;

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  NextResponse.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });

/**
 * GET /api/danh-gia?bai=<article id> → `{ summary: { count, sum }, myStars }`. Without a voter
 * cookie the answer is the same for everybody and may be cached for a moment by a proxy.
 */
export async function GET(request: NextRequest) {
  const articleId = articleIdSchema.safeParse(request.nextUrl.searchParams.get('bai'));
  if (!articleId.success) return json({ message: ARTICLE_ID_MESSAGE }, 400);
  try {
    const voterId = readVoterId(request.cookies.get(VOTER_COOKIE)?.value);
    const snapshot = await getRatingSnapshot(articleId.data, voterId);
    if (!snapshot) return json({ message: 'Không tìm thấy bài viết.' }, 404);
    return json(snapshot, 200, {
      'cache-control': voterId ? 'private, no-store' : 'public, max-age=0, s-maxage=2',
      vary: 'Cookie',
    });
  } catch (error) {
    console.error(`[ratings] reading the ratings of article ${articleId.data} failed`, error);
    return json({ message: 'Không tải được đánh giá. Vui lòng thử lại sau.' }, 500);
  }
}

/**
 * POST /api/danh-gia with JSON `{ articleId, stars, website }` or the widget's form fields →
 * the vote's result with a real status: 201/200, 400, 403, 404, 413, 415, 429 (Retry-After).
 */
export async function POST(request: NextRequest) {
  // One from another site is refused; clients that send no Origin (scripts, old browsers) are allowed.
  if (!isSameOriginRequest(request.headers, { allowMissing: true })) return json({ message: 'Yêu cầu không hợp lệ.' }, 403);

  const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const fromForm = contentType === 'application/x-www-form-urlencoded';
  if (!fromForm && contentType !== 'application/json') {
    return json({ message: 'Chỉ nhận dữ liệu dạng JSON hoặc biểu mẫu.' }, 415);
  }

  let input: unknown;
  try {
    const body = await readLimitedBody(request, MAX_BODY_BYTES);
    input = fromForm ? voteFromForm(new URLSearchParams(body)) : JSON.parse(body);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json({ message: 'Dữ liệu gửi lên quá lớn.' }, 413);
    return json({ message: INVALID_VOTE_MESSAGE }, 400);
  }

  const outcome = await castVote(input, { headers: request.headers, voterCookie: request.cookies.get(VOTER_COOKIE)?.value });
  const response = fromForm ? formAnswer(outcome) : json(outcome.result, outcome.status);
  if (outcome.retryAfterSeconds) response.headers.set('retry-after', String(outcome.retryAfterSeconds));
  if (outcome.voterCookie) response.cookies.set(VOTER_COOKIE, outcome.voterCookie, voterCookieOptions());
  return response;
}

/** A page without JavaScript gets a page back: the message and a way back to the article. */
function formAnswer(outcome: CastVoteOutcome): NextResponse {
  const back = outcome.articleSlug ? `/tin-tuc/${outcome.articleSlug}#danh-gia` : '/';
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đánh giá bài viết</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6">
<h1 style="font-size:1.25rem">Đánh giá bài viết</h1>
<p role="status">${escapeHtml(outcome.result.message)}</p>
<p><a href="${escapeHtml(back)}">${outcome.articleSlug ? 'Quay lại bài viết' : 'Về trang chủ'}</a></p>
</body></html>`;
  return new NextResponse(html, {
    status: outcome.status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
