import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getRevisionForViewer } from '@/lib/data/editor-articles';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Xem phiên bản' };

type Props = { params: Promise<{ id: string; revisionId: string }> };

/** One earlier version, as text, with a link to see it laid out like the public page. */
export default async function RevisionPage({ params }: Props) {
  const { id, revisionId } = await params;
  const user = await requireUser(`/quan-tri/bai-viet/${id}/lich-su/${revisionId}`);
  const revision = await getRevisionForViewer(user, id, revisionId);
  if (!revision) notFound();
  return (
    <>
      <p>
        <Link href={`/quan-tri/bai-viet/${id}/lich-su`} className="text-link underline">
          ← Về lịch sử thay đổi
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">
        Phiên bản {revision.version}: {revision.note}
      </h1>
      <p className="text-sm text-gray-800">
        {formatDateTime(revision.createdAt)} · {revision.authorName ?? 'Hệ thống'}
      </p>
      <section aria-label="Nội dung phiên bản" className="mt-4 rounded border border-gray-300 p-4">
        <p className="text-xl font-bold">{revision.detail.title}</p>
        <div className="article-body mt-3" dangerouslySetInnerHTML={{ __html: revision.detail.bodyHtml }} />
      </section>
    </>
  );
}
