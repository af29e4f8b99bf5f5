import { writeAuditLog } from '@/lib/audit/audit-log';
import type { ArticleChange } from '@/lib/cache/article-paths';
import type { PrismaClient } from '@/lib/db/client';
import { REVISION_NOTES, writeRevision } from './revisions';
import { oldSlugsOf } from './slug';

export type DuePublication = { id: string; title: string; change: ArticleChange };

/** Whether any scheduled article has reached its time: one indexed query, cheap enough to ask often. */
export async function hasDueArticles(db: PrismaClient, now = new Date()): Promise<boolean> {
  const due = await db.article.findFirst({ where: { status: 'scheduled', publishedAt: { lte: now } }, select: { id: true } });
  return due !== null;
}

/**
 * Publishes every scheduled article whose time has come, each in its own transaction with
 * a revision and an audit entry. Safe to run from several places at once (the timer, an
 * editor's request, another instance): the update only applies while the article is
 * still scheduled at the version read, so each article is published exactly once and
 * only the run that published it reports it. The caller refreshes the public pages.
 */
export async function publishDueArticles(db: PrismaClient, now = new Date()): Promise<DuePublication[]> {
  const due = await db.article.findMany({
    where: { status: 'scheduled', publishedAt: { lte: now } },
    orderBy: { publishedAt: 'asc' },
    take: 100,
    select: { id: true, version: true },
  });
  const published: DuePublication[] = [];
  for (const candidate of due) {
    const result = await db.$transaction(async (tx) => {
      const claimed = await tx.article.updateMany({
        where: { id: candidate.id, status: 'scheduled', version: candidate.version, publishedAt: { lte: now } },
        data: { status: 'published', version: { increment: 1 } },
      });
      if (claimed.count !== 1) return null;
      const article = await tx.article.findUniqueOrThrow({
        where: { id: candidate.id },
        include: { category: { select: { slug: true } } },
      });
      await writeRevision(tx, article, { authorId: null, note: REVISION_NOTES.scheduledPublish, now });
      await writeAuditLog(tx, {
        action: 'article.scheduled-publish',
        actorId: null,
        targetType: 'article',
        targetId: article.id,
        detail: { title: article.title, slug: article.slug, publishedAt: article.publishedAt?.toISOString() },
      });
      const slugs = [article.slug, ...(await oldSlugsOf(tx, article.id))];
      return { id: article.id, title: article.title, change: { slugs, categorySlugs: [article.category.slug] } };
    });
    if (result) published.push(result);
  }
  return published;
}
