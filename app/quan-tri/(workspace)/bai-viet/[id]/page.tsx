import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { ArticleEditor } from '@/components/editor/article-editor';
import { restoreArticleAction } from '@/lib/actions/articles/restore-article';
import { canEditArticle, canPublishArticle, canRestoreArticle, canSubmitArticle, canTrashArticle } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorArticle, getEditorCategories } from '@/lib/data/editor-articles';
import { ARTICLE_STATUS_LABELS, isArticleStatus } from '@/lib/domain/article-status';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Soạn bài viết' };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/quan-tri/bai-viet/${id}`);
  const article = await getEditorArticle(user, id);
  if (!article) notFound();

  if (article.status === 'trashed') {
    const before = article.statusBeforeTrash && isArticleStatus(article.statusBeforeTrash) ? article.statusBeforeTrash : 'draft';
    return (
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold text-brand-900">{article.title || '(Chưa có tiêu đề)'}</h1>
        <div className="notice notice-warning mt-4" role="status">
          <p>
            Bài viết đang ở thùng rác (từ {formatDateTime(article.updatedAt)}). Khi khôi phục, bài trở lại trạng thái “
            {ARTICLE_STATUS_LABELS[before]}”.
          </p>
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          {canRestoreArticle(user, article) ? (
            <ActionButton
              action={restoreArticleAction}
              fields={{ id: article.id }}
              label="Khôi phục"
              pendingLabel="Đang khôi phục…"
              className="btn btn-primary"
            />
          ) : null}
          <Link href={`/quan-tri/bai-viet/${article.id}/lich-su`} className="btn btn-secondary">
            Lịch sử thay đổi
          </Link>
          <Link href="/quan-tri?trang-thai=trashed" className="btn btn-secondary">
            Thùng rác
          </Link>
        </div>
      </div>
    );
  }

  const categories = await getEditorCategories();
  const access = { authorId: article.authorId, status: article.status };
  return (
    <ArticleEditor
      initial={{
        id: article.id,
        version: article.version,
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        bodyHtml: article.bodyHtml,
        status: article.status,
        categoryId: article.categoryId,
        cover: article.cover,
        coverAlt: article.coverAlt,
        publishedAt: article.publishedAt?.toISOString() ?? null,
        updatedAt: article.updatedAt.toISOString(),
        everPublished: article.everPublished,
        authorName: article.authorName,
      }}
      categories={categories.map(({ id: categoryId, name }) => ({ id: categoryId, name }))}
      can={{
        edit: canEditArticle(user, access),
        publish: canPublishArticle(user, access),
        submit: canSubmitArticle(user, access),
        trash: canTrashArticle(user, access),
      }}
    />
  );
}
