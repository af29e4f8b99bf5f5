import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { restoreSitePageRevisionAction } from '@/lib/actions/site-pages/restore-site-page-revision';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getSitePageForEditor, getSitePageHistory } from '@/lib/data/site-pages';
import { isSitePageKey } from '@/lib/domain/site-pages';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Lịch sử thay đổi trang' };

type Props = { params: Promise<{ key: string }> };

/** Every saved version of a site page: who, when; any can be viewed and restored. */
export default async function SitePageHistoryPage({ params }: Props) {
  const { key } = await params;
  const user = await requireUser(`/quan-tri/gioi-thieu/${key}/lich-su`);
  if (!hasPermission(user, 'sections:manage') || !isSitePageKey(key)) notFound();
  const [page, history] = await Promise.all([getSitePageForEditor(key), getSitePageHistory(key)]);

  return (
    <>
      <p>
        <Link href={`/quan-tri/gioi-thieu/${key}`} className="text-link underline">
          ← Về trang {page.label}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Lịch sử thay đổi</h1>
      <p className="mt-1 text-gray-800">{page.label}</p>
      {history.length === 0 ? (
        <p className="mt-4">Trang chưa được lưu lần nào.</p>
      ) : (
        <ol aria-label="Các phiên bản" className="mt-4 divide-y divide-gray-200 border-y border-gray-200">
          {history.map((revision) => {
            const current = revision.version === page.version;
            return (
              <li key={revision.id} className="grid gap-2 py-3 md:grid-cols-[1fr_auto] md:items-start">
                <div>
                  <p className="font-bold">
                    Phiên bản {revision.version}: {revision.note || 'Lưu'}
                    {current ? <span className="status-badge ml-2 bg-green-100 text-green-900">Hiện tại</span> : null}
                  </p>
                  <p className="text-sm text-gray-800">
                    {formatDateTime(revision.createdAt)} · {revision.author?.name ?? 'Hệ thống'}
                  </p>
                  <p className="text-sm text-gray-700">Tiêu đề: {revision.title}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link href={`/quan-tri/gioi-thieu/${key}/lich-su/${revision.id}`} className="btn btn-secondary btn-small">
                    Xem<span className="sr-only"> phiên bản {revision.version}</span>
                  </Link>
                  {!current ? (
                    <ActionButton
                      action={restoreSitePageRevisionAction}
                      fields={{ key, revisionId: revision.id, version: String(page.version) }}
                      label="Khôi phục phiên bản này"
                      srLabel={`phiên bản ${revision.version}`}
                      pendingLabel="Đang khôi phục…"
                      doneText={`Đã khôi phục phiên bản ${revision.version}.`}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
