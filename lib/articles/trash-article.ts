import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { canRestoreArticle, canTrashArticle, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { isArticleStatus } from '@/lib/domain/article-status';
import { REVISION_NOTES, writeRevision } from './revisions';
import { oldSlugsOf } from './slug';
import { NOT_FOUND_MESSAGE, staleTabError, toSavedArticle, type ArticleWriteResult } from './write-article';

/**
 * "Chuyển vào thùng rác": the article leaves every public page and the list of articles,
 * remembering its status so that "Khôi phục" puts it back as it was.
 */
export async function trashArticle(db: PrismaClient, actor: Actor, ref: { id: string; version: number }): Promise<ArticleWriteResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: ref.id }, include: { category: { select: { slug: true } } } });
    if (!current || !isArticleStatus(current.status)) throw new ActionError('not-found', NOT_FOUND_MESSAGE);
    if (current.status === 'trashed') throw new ActionError('invalid', 'Bài viết đã ở trong thùng rác.');
    if (!canTrashArticle(actor, { authorId: current.authorId, status: current.status })) {
      throw new ActionError('forbidden', 'Bạn không có quyền chuyển bài viết này vào thùng rác.');
    }
    if (current.version !== ref.version) throw await staleTabError(tx, current.id);
    const saved = await tx.article.update({
      where: { id: current.id },
      data: { status: 'trashed', statusBeforeTrash: current.status, trashedAt: new Date(), version: { increment: 1 } },
    });
    await writeRevision(tx, saved, { authorId: actor.id, note: REVISION_NOTES.trash });
    await writeAuditLog(tx, {
      action: 'article.trash',
      actorId: actor.id,
      targetType: 'article',
      targetId: saved.id,
      detail: { title: saved.title, slug: saved.slug, statusBefore: current.status },
    });
    return {
      article: toSavedArticle(saved),
      publicChange:
        current.status === 'published'
          ? { slugs: [saved.slug, ...(await oldSlugsOf(tx, saved.id))], categorySlugs: [current.category.slug] }
          : null,
    };
  });
}

/** "Khôi phục": back out of the trash, in the status the article had before. */
export async function restoreArticle(db: PrismaClient, actor: Actor, ref: { id: string }): Promise<ArticleWriteResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: ref.id }, include: { category: { select: { slug: true } } } });
    if (!current || !isArticleStatus(current.status)) throw new ActionError('not-found', NOT_FOUND_MESSAGE);
    if (current.status !== 'trashed') throw new ActionError('invalid', 'Bài viết không ở trong thùng rác.');
    if (!canRestoreArticle(actor, { authorId: current.authorId, status: current.status, statusBeforeTrash: current.statusBeforeTrash })) {
      throw new ActionError('forbidden', 'Bạn không có quyền khôi phục bài viết này.');
    }
    const status = current.statusBeforeTrash && isArticleStatus(current.statusBeforeTrash) && current.statusBeforeTrash !== 'trashed'
      ? current.statusBeforeTrash
      : 'draft';
    const saved = await tx.article.update({
      where: { id: current.id },
      data: { status, statusBeforeTrash: null, trashedAt: null, version: { increment: 1 } },
    });
    await writeRevision(tx, saved, { authorId: actor.id, note: REVISION_NOTES.restore });
    await writeAuditLog(tx, {
      action: 'article.restore',
      actorId: actor.id,
      targetType: 'article',
      targetId: saved.id,
      detail: { title: saved.title, slug: saved.slug, status },
    });
    return {
      article: toSavedArticle(saved),
      publicChange:
        status === 'published' ? { slugs: [saved.slug, ...(await oldSlugsOf(tx, saved.id))], categorySlugs: [current.category.slug] } : null,
    };
  });
}
