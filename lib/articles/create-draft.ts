import { randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/actions/action-error';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';

/** Slugs of drafts nobody has named yet; the editor replaces them with one made from the title. */
export const PLACEHOLDER_SLUG_PREFIX = 'ban-nhap-';

/**
 * "Viết bài mới": an empty draft, so that the editor always works on a saved article and
 * autosave has somewhere to write from the first word. Drafts left empty are removed
 * later (deleteAbandonedDrafts).
 */
export async function createDraftArticle(db: PrismaClient, actor: Actor): Promise<{ id: string }> {
  if (!hasPermission(actor, 'article:create')) throw new ActionError('forbidden', 'Bạn không có quyền viết bài.');
  const category = await db.category.findFirst({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } });
  if (!category) throw new ActionError('invalid', 'Chưa có chuyên mục nào. Quản trị viên cần tạo chuyên mục trước khi viết bài.');
  const article = await db.article.create({
    data: {
      slug: `${PLACEHOLDER_SLUG_PREFIX}${randomBytes(6).toString('hex')}`,
      title: '',
      bodyHtml: '',
      status: 'draft',
      categoryId: category.id,
      authorId: actor.id,
    },
    select: { id: true },
  });
  return article;
}

/** Removes drafts that were opened and never written in (no title, no body, never saved). */
export async function deleteAbandonedDrafts(db: PrismaClient, now = new Date(), olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  const { count } = await db.article.deleteMany({
    where: {
      status: 'draft',
      version: 1,
      title: '',
      bodyHtml: '',
      slug: { startsWith: PLACEHOLDER_SLUG_PREFIX },
      createdAt: { lt: new Date(now.getTime() - olderThanMs) },
    },
  });
  return count;
}
