import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '@/lib/domain/legal-documents';

const COLOURS: Record<DocumentStatus, string> = {
  draft: 'bg-gray-200 text-gray-900',
  published: 'bg-green-100 text-green-900',
};

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  return <span className={`status-badge ${COLOURS[status]}`}>{DOCUMENT_STATUS_LABELS[status]}</span>;
}
