import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestArticle, createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';

vi.stubEnv('AUTH_SECRET', 'unit-test-secret');
vi.mock('@/lib/cache/revalidate', () => ({ revalidateArticleRatings: vi.fn() }));

const { revalidateArticleRatings } = await import('@/lib/cache/revalidate');
const { createRateLimiter } = await import('@/lib/security/rate-limit');
const { castVote } = await import('./cast-vote');
const { VOTES_PER_ADDRESS_PER_MINUTE } = await import('./voting-rules');
const { VOTER_COOKIE, readVoterId } = await import('./voter-cookie');

let db: TestDatabaseWithClient;
let articleId: string;
let draftId: string;
let addressCounter = 0;

beforeAll(async () => {
  db = await createTestDatabaseWithClient();
  articleId = (await createTestArticle(db.prisma)).id;
  draftId = (await createTestArticle(db.prisma, 'draft')).id;
});

afterAll(async () => {
  await db?.dispose();
});

beforeEach(() => {
  vi.mocked(revalidateArticleRatings).mockClear();
});

/** A reader on their own address, with a fresh limiter unless one is given. */
function reader(voterCookie?: string, address = `198.51.100.${++addressCounter % 250}`) {
  return { headers: new Headers({ 'x-forwarded-for': address, 'user-agent': 'Mozilla/5.0 test' }), voterCookie };
}
const limiter = () => createRateLimiter(`test-${Math.random()}`, { points: VOTES_PER_ADDRESS_PER_MINUTE, durationSeconds: 60 });
const cast = (input: unknown, request = reader()) => castVote(input, request, { db: db.prisma, limiter: limiter() });

async function ratingRows() {
  return db.prisma.rating.count();
}

describe('castVote', () => {
  it('records a first vote, gives the reader a signed voter cookie and schedules the page refresh', async () => {
    const outcome = await cast({ articleId, stars: 4 });
    expect(outcome).toMatchObject({
      status: 201,
      result: { ok: true, myStars: 4, summary: { count: 1, sum: 4 }, message: 'Cảm ơn bạn! Đã ghi nhận đánh giá 4 sao.' },
    });
    expect(readVoterId(outcome.voterCookie)).not.toBeNull();
    expect(VOTER_COOKIE).toBe('ph_voter');
    expect(revalidateArticleRatings).toHaveBeenCalledTimes(1);

    // The same reader (cookie sent back) changes the vote; no new cookie is needed.
    const changed = await cast({ articleId, stars: 2 }, reader(outcome.voterCookie));
    expect(changed).toMatchObject({ status: 200, result: { ok: true, summary: { count: 1, sum: 2 }, message: 'Đã đổi đánh giá của bạn thành 2 sao.' } });
    expect(changed.voterCookie).toBeUndefined();

    // The same choice again changes nothing and refreshes nothing.
    vi.mocked(revalidateArticleRatings).mockClear();
    expect(await cast({ articleId, stars: 2 }, reader(outcome.voterCookie))).toMatchObject({ status: 200, result: { summary: { count: 1, sum: 2 } } });
    expect(revalidateArticleRatings).not.toHaveBeenCalled();
  });

  it('treats a forged cookie as no cookie: a new voter, not the one it names', async () => {
    const first = await cast({ articleId, stars: 5 });
    const [version, voterId] = first.voterCookie!.split('.');
    const forged = await cast({ articleId, stars: 1 }, reader(`${version}.${voterId}.forged-signature`));
    expect(forged.status).toBe(201);
    expect(readVoterId(forged.voterCookie)).not.toBe(voterId);
  });

  it('refuses anything but an integer from 1 to 5 for a published article, and changes nothing', async () => {
    const before = await ratingRows();
    const cases: [unknown, number, string][] = [
      [{ articleId, stars: 0 }, 400, 'Số sao phải là một số nguyên từ 1 đến 5.'],
      [{ articleId, stars: 6 }, 400, 'Số sao phải là một số nguyên từ 1 đến 5.'],
      [{ articleId, stars: 2.5 }, 400, 'Số sao phải là một số nguyên từ 1 đến 5.'],
      [{ articleId, stars: 'abc' }, 400, 'Số sao phải là một số nguyên từ 1 đến 5.'],
      [{ articleId, stars: '4' }, 400, 'Số sao phải là một số nguyên từ 1 đến 5.'],
      [{ articleId, stars: Number.NaN }, 400, 'Số sao phải là một số nguyên từ 1 đến 5.'],
      [{ articleId }, 400, 'Số sao phải là một số nguyên từ 1 đến 5.'],
      [{ stars: 3 }, 400, 'Không rõ bài viết cần đánh giá.'],
      [{ articleId: 'x'.repeat(65), stars: 3 }, 400, 'Không rõ bài viết cần đánh giá.'],
      [{ articleId: "1' OR '1'='1", stars: 3 }, 400, 'Không rõ bài viết cần đánh giá.'],
      [{ articleId, stars: 3, website: 'x'.repeat(10_000) }, 400, 'Dữ liệu đánh giá không hợp lệ.'],
      [null, 400, 'Dữ liệu đánh giá không hợp lệ.'],
      ['stars=5', 400, 'Dữ liệu đánh giá không hợp lệ.'],
      [[articleId, 5], 400, 'Dữ liệu đánh giá không hợp lệ.'],
      [{ articleId: 'khong-co-bai-nay', stars: 3 }, 404, 'Không tìm thấy bài viết đã xuất bản để đánh giá.'],
      [{ articleId: draftId, stars: 3 }, 404, 'Không tìm thấy bài viết đã xuất bản để đánh giá.'],
    ];
    for (const [input, status, message] of cases) {
      const outcome = await cast(input);
      expect({ input, status: outcome.status, result: outcome.result, cookie: outcome.voterCookie }).toEqual({
        input,
        status,
        result: { ok: false, message },
        cookie: undefined,
      });
    }
    expect(await ratingRows()).toBe(before);
  });

  it('counts a honeypot vote for nothing but answers it like any other', async () => {
    const before = (await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } })).ratingCount;
    const outcome = await cast({ articleId, stars: 1, website: 'http://spam.example' });
    expect(outcome).toMatchObject({ status: 201, result: { ok: true, message: 'Cảm ơn bạn! Đã ghi nhận đánh giá 1 sao.' } });
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } })).ratingCount).toBe(before);
  });

  it(`allows ${VOTES_PER_ADDRESS_PER_MINUTE} votes per address per minute, then refuses with a clear message`, async () => {
    const shared = limiter();
    const address = '203.0.113.9';
    for (let i = 0; i < VOTES_PER_ADDRESS_PER_MINUTE; i++) {
      const outcome = await castVote({ articleId, stars: (i % 5) + 1 }, reader(undefined, address), { db: db.prisma, limiter: shared });
      expect(outcome.status).toBe(201);
    }
    const before = await ratingRows();
    const refused = await castVote({ articleId, stars: 5 }, reader(undefined, address), { db: db.prisma, limiter: shared });
    expect(refused.status).toBe(429);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.result).toEqual({ ok: false, message: expect.stringMatching(/^Bạn đã gửi quá nhiều lượt đánh giá\. Vui lòng thử lại sau \d+ (giây|phút)\.$/) });
    expect(await ratingRows()).toBe(before);
    // Another address is not affected.
    expect((await castVote({ articleId, stars: 5 }, reader(undefined, '203.0.113.10'), { db: db.prisma, limiter: shared })).status).toBe(201);
  });

  it('answers a database failure with a 500 and a message that leaks nothing', async () => {
    const broken = { $transaction: () => Promise.reject(new Error('SQLITE_CORRUPT: secret details')) } as unknown as typeof db.prisma;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const outcome = await castVote({ articleId, stars: 3 }, reader(), { db: broken, limiter: limiter() });
    expect(outcome).toEqual({ status: 500, result: { ok: false, message: 'Không thể ghi nhận đánh giá lúc này. Vui lòng thử lại sau.' } });
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('answers 503 with Retry-After while the database cannot be reached (a PostgreSQL restart)', async () => {
    const { createPrismaClient } = await import('@/lib/db/client');
    // Nothing listens on port 1: Prisma's own error for an unreachable server (P1001).
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/portal');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const outcome = await castVote({ articleId, stars: 4 }, reader(), { db: unreachable, limiter: limiter() });
      expect(outcome).toEqual({
        status: 503,
        result: { ok: false, message: 'Không thể ghi nhận đánh giá lúc này. Vui lòng thử lại sau.' },
        retryAfterSeconds: 5,
      });
    } finally {
      errors.mockRestore();
      await unreachable.$disconnect();
    }
  });
});
