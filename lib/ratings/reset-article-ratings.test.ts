import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestArticle, createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';

vi.mock('@/lib/cache/revalidate', () => ({ revalidateArticlePage: vi.fn(), revalidateArticleRatings: vi.fn() }));

const { revalidateArticlePage } = await import('@/lib/cache/revalidate');
const { recordVote } = await import('./record-vote');
const { RATINGS_RESET_ACTION, resetArticleRatings } = await import('./reset-article-ratings');

let db: TestDatabaseWithClient;

beforeAll(async () => {
  db = await createTestDatabaseWithClient();
});

afterAll(async () => {
  await db?.dispose();
});

describe('resetArticleRatings', () => {
  it('removes every vote, zeroes the summary, logs who did it and refreshes the page', async () => {
    const admin = await db.prisma.user.create({ data: { email: 'admin@example.test', name: 'Quản trị', passwordHash: 'x', role: 'admin' } });
    const article = await createTestArticle(db.prisma);
    const other = await createTestArticle(db.prisma);
    for (const [voterId, stars, fromBot] of [['a', 5, false], ['b', 3, false], ['c', 1, true]] as const) {
      await recordVote(db.prisma, { articleId: article.id, voterId, fingerprint: voterId, stars, fromBot });
    }
    await recordVote(db.prisma, { articleId: other.id, voterId: 'a', fingerprint: 'a', stars: 4, fromBot: false });

    const reset = await resetArticleRatings({ articleId: article.id, actorId: admin.id }, db.prisma);

    expect(reset).toEqual({ slug: article.slug, previous: { count: 2, sum: 8 }, removedVotes: 3 });
    const after = await db.prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect({ count: after.ratingCount, sum: after.ratingSum }).toEqual({ count: 0, sum: 0 });
    expect(after.updatedAt).toEqual(article.updatedAt);
    expect(await db.prisma.rating.count({ where: { articleId: article.id } })).toBe(0);
    // Other articles keep their votes.
    expect(await db.prisma.rating.count({ where: { articleId: other.id } })).toBe(1);

    const log = await db.prisma.auditLog.findFirstOrThrow({ where: { targetId: article.id } });
    expect(log).toMatchObject({ action: RATINGS_RESET_ACTION, actorId: admin.id, targetType: 'article' });
    expect(JSON.parse(log.detail)).toEqual({ slug: article.slug, previousCount: 2, previousSum: 8, removedVotes: 3 });
    expect(revalidateArticlePage).toHaveBeenCalledWith(article.slug);

    // Readers can vote again afterwards.
    expect(await recordVote(db.prisma, { articleId: article.id, voterId: 'a', fingerprint: 'a', stars: 2, fromBot: false })).toMatchObject({
      change: 'created',
      summary: { count: 1, sum: 2 },
    });
  });

  it('does nothing and logs nothing for an unknown article', async () => {
    const logsBefore = await db.prisma.auditLog.count();
    vi.mocked(revalidateArticlePage).mockClear();
    expect(await resetArticleRatings({ articleId: 'khong-co-bai-nay', actorId: 'x' }, db.prisma)).toBeNull();
    expect(await db.prisma.auditLog.count()).toBe(logsBefore);
    expect(revalidateArticlePage).not.toHaveBeenCalled();
  });
});
