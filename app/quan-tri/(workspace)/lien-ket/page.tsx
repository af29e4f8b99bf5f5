import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { ExternalLinkForm } from '@/components/editor/external-link-form';
import { SampleBadge } from '@/components/ui/sample-badge';
import { deleteExternalLinkAction } from '@/lib/actions/external-links/delete-external-link';
import { moveExternalLinkAction } from '@/lib/actions/external-links/move-external-link';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getExternalLinks } from '@/lib/data/external-links';

export const metadata: Metadata = { title: 'Liên kết' };

export default async function ExternalLinksEditorPage() {
  const user = await requireUser('/quan-tri/lien-ket');
  if (!hasPermission(user, 'sections:manage')) notFound();
  const links = await getExternalLinks();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Liên kết</h1>
        <div className="flex flex-wrap gap-2">
          <a href="#them-lien-ket" className="btn btn-primary">
            Thêm liên kết
          </a>
          {/* no prefetch: rendering the public page while an editor saves could cache the old list */}
          <Link href="/lien-ket" prefetch={false} className="btn btn-secondary">
            Xem trang Liên kết
          </Link>
        </div>
      </div>
      <p className="mt-1 max-w-3xl text-gray-800">Cổng thông tin của các cơ quan liên quan, hiện trên trang Liên kết theo thứ tự dưới đây.</p>

      {links.length === 0 ? (
        <p className="mt-4 text-gray-800">Chưa có liên kết nào.</p>
      ) : (
        <ul aria-label="Danh sách liên kết" className="mt-4 divide-y divide-gray-200 border-y border-gray-200">
          {links.map((link, index) => (
            <li key={link.id} className="py-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-bold leading-snug">
                    {link.title}
                    {link.isSample ? <> <SampleBadge /></> : null}
                  </p>
                  <p className="text-sm break-all text-gray-700">
                    {link.url} · Thứ tự {link.sortOrder}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  {index > 0 ? (
                    <ActionButton action={moveExternalLinkAction} fields={{ id: link.id, direction: 'up' }} label="Lên" srLabel={link.title} pendingLabel="Đang chuyển…" />
                  ) : null}
                  {index < links.length - 1 ? (
                    <ActionButton action={moveExternalLinkAction} fields={{ id: link.id, direction: 'down' }} label="Xuống" srLabel={link.title} pendingLabel="Đang chuyển…" />
                  ) : null}
                  <ActionButton
                    action={deleteExternalLinkAction}
                    fields={{ id: link.id }}
                    label="Xóa"
                    srLabel={link.title}
                    pendingLabel="Đang xóa…"
                    className="btn btn-danger btn-small"
                    confirmText={`Xóa liên kết “${link.title}”? Liên kết sẽ không còn hiện trên trang Liên kết.`}
                  />
                </div>
              </div>
              <details className="mt-2">
                <summary className="inline-flex min-h-9 cursor-pointer items-center font-bold text-link">
                  Sửa<span className="sr-only"> liên kết {link.title}</span>
                </summary>
                <div className="mt-2">
                  <ExternalLinkForm link={link} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}

      <h2 id="them-lien-ket" className="mt-8 scroll-mt-4 text-lg font-bold">
        Thêm liên kết
      </h2>
      <div className="mt-2">
        <ExternalLinkForm />
      </div>
    </>
  );
}
