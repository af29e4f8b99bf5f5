// Readers' votes on a cluster: taken by one instance, seen through the other.
import { expect, test } from '@playwright/test';
import { NOTICE_FIXTURES } from '../e2e/fixtures/fixture-articles';
import { applyVote, ratingSummaryText, type RatingSnapshot, type RatingSummary } from '../lib/ratings/rating-summary';
import { VOTES_PER_ADDRESS_PER_MINUTE } from '../lib/ratings/voting-rules';
import { instanceA, instanceB, pageHtml, sql, timeUntil } from './support';

test.describe.configure({ mode: 'serial' });

/**
 * The cached article page shows a vote after its instance's refresh throttle
 * (RATING_REFRESH_INTERVAL_MS in lib/cache/revalidate.ts, 5 s) plus one regeneration (up
 * to 2 s allowed on this shared machine); the first vote after a quiet period refreshes at once.
 */
const PAGE_REFRESH_LIMIT_MS = 5000 + 2000;

const articleIdOf = async (slug: string): Promise<string> =>
  (await sql('SELECT "id" FROM "Article" WHERE "slug" = $1', [slug])).rows[0].id;

/** A vote from a reader of its own: no voter cookie, a network address of its own. */
async function vote(instance: { url: string }, articleId: string, stars: number, address: string): Promise<Response> {
  return fetch(`${instance.url}/api/danh-gia`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ articleId, stars, website: '' }),
  });
}

async function summaryOn(instance: { url: string }, articleId: string): Promise<RatingSummary> {
  const response = await fetch(`${instance.url}/api/danh-gia?bai=${articleId}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as RatingSnapshot).summary;
}

test('a vote through instance A: B answers with it as soon as the vote is answered, and B’s page shows it after its refresh', async () => {
  test.setTimeout(45_000);
  const article = NOTICE_FIXTURES[9];
  const path = `/tin-tuc/${article.slug}`;
  const articleId = await articleIdOf(article.slug);

  // Instance B has the summary and the page in its caches.
  const initial = await summaryOn(instanceB, articleId);
  expect(await summaryOn(instanceB, articleId)).toEqual(initial);
  await pageHtml(instanceB.url + path);
  const cachedPage = await pageHtml(instanceB.url + path);
  expect(cachedPage.response.headers.get('x-nextjs-cache')).toBe('HIT');
  expect(cachedPage.html).toContain(ratingSummaryText(initial));

  // The first vote after a quiet period: instance A refreshes the page at once.
  const first = await vote(instanceA, articleId, 4, '203.0.113.41');
  expect(first.status).toBe(201);
  const answered = performance.now();
  const afterFirst = applyVote(initial, null, 4);
  // Guaranteed: the summary endpoint of every instance has the vote once its answer is back.
  expect(await summaryOn(instanceB, articleId)).toEqual(afterFirst);
  console.log(`vote on instance A → GET /api/danh-gia on instance B: new figures on the first request, ${Math.round(performance.now() - answered)} ms after the answer`);
  const pageDelay = await timeUntil(async () => (await pageHtml(instanceB.url + path)).html.includes(ratingSummaryText(afterFirst)), PAGE_REFRESH_LIMIT_MS);
  console.log(`vote on instance A → article page on instance B after ${pageDelay} ms`);

  // A second vote right after: within A's refresh interval, so A's trailing refresh brings it.
  const second = await vote(instanceA, articleId, 2, '203.0.113.42');
  expect(second.status).toBe(201);
  const secondAnswered = performance.now();
  const afterSecond = applyVote(afterFirst, null, 2);
  expect(await summaryOn(instanceB, articleId)).toEqual(afterSecond);
  const trailingDelay = await timeUntil(
    async () => (await pageHtml(instanceB.url + path)).html.includes(ratingSummaryText(afterSecond)),
    PAGE_REFRESH_LIMIT_MS,
  );
  console.log(`second vote on instance A (within its refresh interval) → article page on instance B after ${trailingDelay} ms`);
  expect(performance.now() - secondAnswered).toBeLessThan(PAGE_REFRESH_LIMIT_MS);

  // And the other way round: a vote through B is on A's summary at once.
  expect((await vote(instanceB, articleId, 5, '203.0.113.43')).status).toBe(201);
  expect(await summaryOn(instanceA, articleId)).toEqual(applyVote(afterSecond, null, 5));
});

test('the vote limit per network counts the votes of both instances together', async () => {
  const articleId = await articleIdOf(NOTICE_FIXTURES[10].slug);
  const address = '198.51.100.23';
  // Half of the budget through each instance: a limit kept per instance would allow twice as much.
  for (let i = 0; i < VOTES_PER_ADDRESS_PER_MINUTE; i++) {
    const response = await vote(i % 2 === 0 ? instanceA : instanceB, articleId, 3, address);
    expect(response.status, `vote ${i + 1} of ${VOTES_PER_ADDRESS_PER_MINUTE}`).toBe(201);
  }
  for (const instance of [instanceA, instanceB]) {
    const refused = await vote(instance, articleId, 3, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toContain('Bạn đã gửi quá nhiều lượt đánh giá.');
  }
  // Another network still votes, on either instance.
  expect((await vote(instanceB, articleId, 3, '198.51.100.24')).status).toBe(201);
});
