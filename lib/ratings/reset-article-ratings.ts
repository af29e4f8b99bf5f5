import 'server-only';
import { revalidateArticlePage } from '@/lib/cache/revalidate';
import { ratingSummaryChanged } from '@/lib/data/ratings';
import { prisma, type PrismaClient } from '@/lib/db/client';
import type { RatingSummary } from './rating-summary';

/** The audit log's name for this event. */
export const RATINGS_RESET_ACTION = 'article.ratings.reset';

export type RatingsReset = { slug: string; previous: RatingSummary; removedVotes: number };

/**
 * Removes every vote on an article (counted or ignored) and zeroes its summary, writing who did
 * it and what was there before to the audit log in the same transaction, then refreshes the
 * article's page. Returns null when the article does not exist. The caller checks that the
 * actor is an administrator.
 */
export async function resetArticleRatings(
  { articleId, actorId }: { articleId: string; actorId: string },
  db: PrismaClient = prisma,
): Promise<RatingsReset | null> {
  const reset = await db.$transaction(async (tx) => {
    // A write first, like a vote: it takes the write lock before anything is read.
    const claimed = await tx.$executeRaw`UPDATE "Article" SET "ratingCount" = "ratingCount" WHERE "id" = ${articleId}`;
    if (claimed !== 1) return null;
    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { slug: true, ratingCount: true, ratingSum: true },
    });
    const removed = await tx.rating.deleteMany({ where: { articleId } });
    // Raw SQL so that `updatedAt` stays: resetting ratings is not an edit of the article.
    await tx.$executeRaw`UPDATE "Article" SET "ratingCount" = 0, "ratingSum" = 0 WHERE "id" = ${articleId}`;
    const previous = { count: article.ratingCount, sum: article.ratingSum };
    await tx.auditLog.create({
      data: {
        action: RATINGS_RESET_ACTION,
        actorId,
        targetType: 'article',
        targetId: articleId,
        detail: JSON.stringify({ slug: article.slug, previousCount: previous.count, previousSum: previous.sum, removedVotes: removed.count }),
      },
    });
    return { slug: article.slug, previous, removedVotes: removed.count };
  });
  if (reset) {
    await ratingSummaryChanged(articleId, { count: 0, sum: 0 });
    revalidateArticlePage(reset.slug);
  }
  return reset;
}
