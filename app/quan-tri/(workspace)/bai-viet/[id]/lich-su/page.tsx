import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { restoreRevisionAction } from '@/lib/actions/articles/restore-revision';
import { canEditArticle } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getArticleHistory, getEditorArticle } from '@/lib/data/editor-articles';
import { ARTICLE_STATUS_LABELS, isArticleStatus } from '@/lib/domain/article-status';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Lịch sử thay đổi' };

type Props = { params: Promise<{ id: string }> };

/** Every saved version of an article: who, when, what changed; any can be viewed and restored. */
export default async function ArticleHistoryPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/quan-tri/bai-viet/${id}/lich-su`);
  const article = await getEditorArticle(user, id);
  if (!article) notFound();
  const history = await getArticleHistory(article.id);
  const canRestore = canEditArticle(user, { authorId: article.authorId, status: article.status });

  return (
    <>
      <p>
        <Link href={`/quan-tri/bai-viet/${article.id}`} className="text-link underline">
          ← Về bài viết
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Lịch sử thay đổi</h1>
      <p className="mt-1 text-gray-800">{article.title || '(Chưa có tiêu đề)'}</p>
      {history.length === 0 ? (
        <p className="mt-4">Bài viết chưa được lưu lần nào.</p>
      ) : (
        <ol aria-label="Các phiên bản" className="mt-4 divide-y divide-gray-200 border-y border-gray-200">
          {history.map((revision, index) => (
            <li key={revision.id} className="grid gap-2 py-3 md:grid-cols-[1fr_auto] md:items-start">
              <div>
                <p className="font-bold">
                  Phiên bản {revision.version}: {revision.note}
                  {index === 0 ? <span className="ml-2 status-badge bg-green-100 text-green-900">Hiện tại</span> : null}
                </p>
                <p className="text-sm text-gray-800">
                  {formatDateTime(revision.createdAt)} · {revision.authorName ?? 'Hệ thống'} ·{' '}
                  {isArticleStatus(revision.status) ? ARTICLE_STATUS_LABELS[revision.status] : revision.status}
                </p>
                <p className="text-sm text-gray-800">Thay đổi: {revision.changed.length ? revision.changed.join(', ') : 'không đổi nội dung'}</p>
                <p className="text-sm text-gray-700">Tiêu đề: {revision.title || '(Chưa có tiêu đề)'}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link href={`/quan-tri/bai-viet/${article.id}/lich-su/${revision.id}`} className="btn btn-secondary btn-small">
                  Xem<span className="sr-only"> phiên bản {revision.version}</span>
                </Link>
                {canRestore && index > 0 ? (
                  <ActionButton
                    action={restoreRevisionAction}
                    fields={{ id: article.id, revisionId: revision.id, version: String(article.version) }}
                    label="Khôi phục phiên bản này"
                    srLabel={`phiên bản ${revision.version}`}
                    pendingLabel="Đang khôi phục…"
                    doneText={`Đã khôi phục phiên bản ${revision.version}.`}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
