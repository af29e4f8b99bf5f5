import { ActionError } from '@/lib/actions/action-error';
import type { Db } from '@/lib/db/types';

export const SLUG_TAKEN_MESSAGE = 'Đường dẫn này đã được dùng cho một bài viết khác. Vui lòng sửa lại cho khác đi.';

/** Refuses a slug that another article uses now or used before (its old URL still redirects there). */
export async function assertSlugAvailable(db: Db, articleId: string, slug: string): Promise<void> {
  const [current, redirect] = await Promise.all([
    db.article.findUnique({ where: { slug }, select: { id: true } }),
    db.articleSlugRedirect.findUnique({ where: { slug }, select: { articleId: true } }),
  ]);
  if ((current && current.id !== articleId) || (redirect && redirect.articleId !== articleId)) {
    throw new ActionError('invalid', SLUG_TAKEN_MESSAGE, { slug: SLUG_TAKEN_MESSAGE });
  }
}

/**
 * Bookkeeping for a slug change: a URL readers may have seen keeps answering with a
 * permanent redirect, and a slug the article takes back stops being a redirect.
 */
export async function recordSlugChange(db: Db, articleId: string, oldSlug: string, newSlug: string, oldUrlWasPublic: boolean): Promise<void> {
  if (oldSlug === newSlug) return;
  await db.articleSlugRedirect.deleteMany({ where: { slug: newSlug, articleId } });
  if (oldUrlWasPublic) {
    await db.articleSlugRedirect.upsert({
      where: { slug: oldSlug },
      create: { slug: oldSlug, articleId },
      update: { articleId },
    });
  }
}

/**
 * The article's old addresses. When it appears or disappears, their cached answers (a
 * redirect, or "not found") change too, so they are refreshed with its page.
 */
export async function oldSlugsOf(db: Db, articleId: string): Promise<string[]> {
  const rows = await db.articleSlugRedirect.findMany({ where: { articleId }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
