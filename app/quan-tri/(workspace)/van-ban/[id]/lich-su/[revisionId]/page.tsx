import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { InForceBadge } from '@/components/documents/in-force-badge';
import { IssueDate } from '@/components/documents/issue-date';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDocumentRevision } from '@/lib/data/editor-documents';
import { DOCUMENT_STATUS_LABELS, isDocumentStatus } from '@/lib/domain/legal-documents';
import { formatDateTime } from '@/lib/text/format-date';
import { formatFileSize } from '@/lib/text/format-file-size';

export const metadata: Metadata = { title: 'Xem phiên bản văn bản' };

type Props = { params: Promise<{ id: string; revisionId: string }> };

/** One earlier version of a document, every field as it was saved. */
export default async function DocumentRevisionPage({ params }: Props) {
  const { id, revisionId } = await params;
  const user = await requireUser(`/quan-tri/van-ban/${id}/lich-su/${revisionId}`);
  if (!hasPermission(user, 'sections:manage')) notFound();
  const revision = await getDocumentRevision(id, revisionId);
  if (!revision) notFound();
  const { data } = revision;
  return (
    <>
      <p>
        <Link href={`/quan-tri/van-ban/${id}/lich-su`} className="text-link underline">
          ← Về lịch sử thay đổi
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">
        Phiên bản {revision.version}: {revision.note || 'Lưu'}
      </h1>
      <p className="text-sm text-gray-800">
        {formatDateTime(revision.createdAt)} · {revision.authorName ?? 'Hệ thống'}
      </p>
      <section aria-label="Nội dung phiên bản" className="mt-4 rounded border border-gray-300 p-4">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <Row term="Số/ký hiệu">{data.number}</Row>
          <Row term="Ngày ban hành">
            <IssueDate date={new Date(data.issuedAt)} />
          </Row>
          <Row term="Cơ quan ban hành">{data.issuer}</Row>
          <Row term="Loại văn bản">{data.docType}</Row>
          <Row term="Lĩnh vực">{data.field}</Row>
          <Row term="Trích yếu">{data.summary}</Row>
          <Row term="Hiệu lực">
            <InForceBadge inForce={data.inForce} />
          </Row>
          <Row term="Trạng thái">{isDocumentStatus(data.status) ? DOCUMENT_STATUS_LABELS[data.status] : data.status}</Row>
          <Row term="Đường dẫn">/van-ban/{data.slug}</Row>
          <Row term="Tệp PDF">{revision.file ? `${revision.file.name} (${formatFileSize(revision.file.byteSize)})` : 'Không có'}</Row>
        </dl>
        {data.bodyHtml ? <div className="article-body mt-4 border-t border-gray-300 pt-4" dangerouslySetInnerHTML={{ __html: data.bodyHtml }} /> : null}
      </section>
    </>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
