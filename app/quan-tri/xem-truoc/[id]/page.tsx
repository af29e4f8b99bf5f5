import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { ReadingTools } from '@/components/article/reading-tools';
import { requireUser } from '@/lib/auth/session';
import { getRelatedArticles } from '@/lib/data/articles';
import { getPreviewForViewer } from '@/lib/data/editor-articles';
import { siteUrl } from '@/lib/site';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Xem trước' };

type Props = { params: Promise<{ id: string }> };

/**
 * "Xem trước": the editor's unsaved article rendered by the same component as the public
 * article page, inside the same site layout, so it looks exactly as readers will see it.
 * Only signed-in users who may see the article get here (and search engines are told to keep out).
 */
export default async function PreviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/quan-tri/xem-truoc/${id}`);
  const preview = await getPreviewForViewer(user, id);
  if (!preview) notFound();
  const related = await getRelatedArticles({ id: preview.articleId, categoryId: preview.detail.categoryId });
  const url = `${siteUrl()}/tin-tuc/${preview.detail.slug}`;
  return (
    <>
      <p className="notice notice-warning mb-4 text-sm" role="note">
        <strong>Bản xem trước</strong>, lúc {formatDateTime(preview.createdAt)}: chưa công khai, bạn đọc không xem được trang này.
      </p>
      {/* The rating widget is left out: a preview cannot be rated. */}
      <ArticleView
        article={preview.detail}
        related={related}
        url={url}
        tools={<ReadingTools url={url} title={preview.detail.title} contentId="noi-dung-bai-viet" />}
      />
    </>
  );
}
