import { ActionError } from '@/lib/actions/action-error';
import { canViewArticle, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { isArticleStatus } from '@/lib/domain/article-status';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { slugify } from '@/lib/text/slugify';
import type { ArticleFormInput } from '@/lib/validation/article';
import { NOT_FOUND_MESSAGE } from './write-article';

/** Previews are for the moment; a day later they are gone. */
const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * "Xem trước": keeps what the editor has typed, unsaved, apart from the article, so the
 * preview shows exactly the current text without saving or publishing anything.
 */
export async function createArticlePreview(db: PrismaClient, actor: Actor, input: ArticleFormInput, now = new Date()): Promise<{ previewId: string }> {
  const article = await db.article.findUnique({ where: { id: input.id }, select: { authorId: true, status: true, slug: true } });
  if (!article || !isArticleStatus(article.status)) throw new ActionError('not-found', NOT_FOUND_MESSAGE);
  if (!canViewArticle(actor, { authorId: article.authorId, status: article.status })) {
    throw new ActionError('forbidden', 'Bạn không có quyền xem bài viết này.');
  }
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw new ActionError('invalid', 'Vui lòng chọn chuyên mục.', { categoryId: 'Vui lòng chọn chuyên mục.' });
  await db.articlePreview.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - PREVIEW_LIFETIME_MS) } } });
  const preview = await db.articlePreview.create({
    data: {
      articleId: input.id,
      authorId: actor.id,
      title: input.title,
      slug: input.slug || slugify(input.title) || article.slug,
      summary: input.summary,
      bodyHtml: sanitizeArticleHtml(input.bodyHtml),
      categoryId: input.categoryId,
      coverId: input.coverId,
      coverAlt: input.coverAlt,
      publishedAt: input.publishedAt,
    },
    select: { id: true },
  });
  return { previewId: preview.id };
}
