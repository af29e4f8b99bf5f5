import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { canEditArticle, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { isArticleStatus } from '@/lib/domain/article-status';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { writeRevision } from './revisions';
import { NOT_FOUND_MESSAGE, staleTabError, toSavedArticle, type ArticleWriteResult } from './write-article';

/**
 * Puts an earlier revision's content back (title, summary, body, category, cover) as a
 * new revision: history is only ever added to. The slug and the status stay as they
 * are: restoring words must not move the article's address or publish it.
 */
export async function restoreRevision(
  db: PrismaClient,
  actor: Actor,
  input: { id: string; revisionId: string; version: number },
): Promise<ArticleWriteResult & { restoredVersion: number }> {
  return db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: input.id }, include: { category: { select: { slug: true } } } });
    if (!current || !isArticleStatus(current.status)) throw new ActionError('not-found', NOT_FOUND_MESSAGE);
    if (!canEditArticle(actor, { authorId: current.authorId, status: current.status })) {
      throw new ActionError('forbidden', 'Bạn không có quyền sửa bài viết này.');
    }
    const revision = await tx.articleRevision.findFirst({ where: { id: input.revisionId, articleId: current.id } });
    if (!revision) throw new ActionError('not-found', 'Không tìm thấy phiên bản này của bài viết.');
    if (current.version !== input.version) throw await staleTabError(tx, current.id);

    const [category, cover] = await Promise.all([
      tx.category.findUnique({ where: { id: revision.categoryId }, select: { id: true, slug: true } }),
      revision.coverId ? tx.media.findUnique({ where: { id: revision.coverId }, select: { id: true } }) : null,
    ]);
    // A category or image deleted since then: keep today's instead of failing.
    const categoryId = category?.id ?? current.categoryId;
    const coverId = cover?.id ?? (revision.coverId ? current.coverId : null);
    const saved = await tx.article.update({
      where: { id: current.id },
      data: {
        title: revision.title,
        summary: revision.summary,
        bodyHtml: sanitizeArticleHtml(revision.bodyHtml),
        categoryId,
        coverId,
        coverAlt: coverId === revision.coverId ? revision.coverAlt : current.coverAlt,
        version: { increment: 1 },
      },
    });
    await writeRevision(tx, saved, { authorId: actor.id, note: `Khôi phục phiên bản ${revision.version}` });
    await writeAuditLog(tx, {
      action: 'article.revision-restore',
      actorId: actor.id,
      targetType: 'article',
      targetId: saved.id,
      detail: { title: saved.title, restoredVersion: revision.version },
    });
    const categorySlugs = [...new Set([current.category.slug, category?.slug ?? current.category.slug])];
    return {
      article: toSavedArticle(saved),
      restoredVersion: revision.version,
      publicChange: saved.status === 'published' ? { slugs: [saved.slug], categorySlugs } : null,
    };
  });
}
