import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getSitePageRevision } from '@/lib/data/site-pages';
import { isSitePageKey } from '@/lib/domain/site-pages';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Xem phiên bản trang' };

type Props = { params: Promise<{ key: string; revisionId: string }> };

/** One earlier version of a site page, laid out as readers would see it. */
export default async function SitePageRevisionPage({ params }: Props) {
  const { key, revisionId } = await params;
  const user = await requireUser(`/quan-tri/gioi-thieu/${key}/lich-su/${revisionId}`);
  if (!hasPermission(user, 'sections:manage') || !isSitePageKey(key)) notFound();
  const revision = await getSitePageRevision(key, revisionId);
  if (!revision) notFound();
  return (
    <>
      <p>
        <Link href={`/quan-tri/gioi-thieu/${key}/lich-su`} className="text-link underline">
          ← Về lịch sử thay đổi
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">
        Phiên bản {revision.version}: {revision.note || 'Lưu'}
      </h1>
      <p className="text-sm text-gray-800">
        {formatDateTime(revision.createdAt)} · {revision.authorName ?? 'Hệ thống'}
        {revision.isSample ? ' · Nội dung mẫu' : ''}
      </p>
      <section aria-label="Nội dung phiên bản" className="mt-4 rounded border border-gray-300 p-4">
        <p className="text-xl font-bold">{revision.title}</p>
        <div className="article-body mt-3" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
      </section>
    </>
  );
}
