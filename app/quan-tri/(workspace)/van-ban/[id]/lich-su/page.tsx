import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { restoreDocumentRevisionAction } from '@/lib/actions/documents/restore-document-revision';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDocumentHistory, getEditorDocument } from '@/lib/data/editor-documents';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Lịch sử thay đổi văn bản' };

type Props = { params: Promise<{ id: string }> };

/** Every saved version of a document: who, when; any can be viewed and restored (as a new version). */
export default async function DocumentHistoryPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/quan-tri/van-ban/${id}/lich-su`);
  if (!hasPermission(user, 'sections:manage')) notFound();
  const document = await getEditorDocument(id);
  if (!document) notFound();
  const history = await getDocumentHistory(document.id);

  return (
    <>
      <p>
        <Link href={`/quan-tri/van-ban/${document.id}`} className="text-link underline">
          ← Về văn bản
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Lịch sử thay đổi</h1>
      <p className="mt-1 text-gray-800">
        {document.number}: {document.summary}
      </p>
      {history.length === 0 ? (
        <p className="mt-4">Văn bản chưa có phiên bản nào được lưu.</p>
      ) : (
        <ol aria-label="Các phiên bản" className="mt-4 divide-y divide-gray-200 border-y border-gray-200">
          {history.map((revision, index) => (
            <li key={revision.id} className="grid gap-2 py-3 md:grid-cols-[1fr_auto] md:items-start">
              <div>
                <p className="font-bold">
                  Phiên bản {revision.version}: {revision.note || 'Lưu'}
                  {index === 0 ? <span className="ml-2 status-badge bg-green-100 text-green-900">Hiện tại</span> : null}
                </p>
                <p className="text-sm text-gray-800">
                  {formatDateTime(revision.createdAt)} · {revision.authorName ?? 'Hệ thống'}
                </p>
                <p className="text-sm text-gray-700">{revision.title}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link href={`/quan-tri/van-ban/${document.id}/lich-su/${revision.id}`} className="btn btn-secondary btn-small">
                  Xem<span className="sr-only"> phiên bản {revision.version}</span>
                </Link>
                {index > 0 ? (
                  <ActionButton
                    action={restoreDocumentRevisionAction}
                    fields={{ id: document.id, revisionId: revision.id, version: String(document.version) }}
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
