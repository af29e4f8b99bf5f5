import Link from 'next/link';
import { SampleBadge } from '@/components/ui/sample-badge';
import type { DocumentListItem } from '@/lib/documents/registry-query';
import { documentDownloadPath, documentPath } from '@/lib/domain/legal-documents';
import { formatFileSize } from '@/lib/text/format-file-size';
import { InForceBadge } from './in-force-badge';
import { IssueDate } from './issue-date';

const COLUMNS = ['Số/ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Loại văn bản', 'Hiệu lực', 'Tệp'] as const;

/**
 * The registry as a table on wide screens; on a phone every row becomes a card whose
 * cells carry their own visible label (the column headers stay for screen readers only),
 * since a browser may stop treating display: block cells as a table.
 */
export function DocumentTable({ documents, caption }: { documents: DocumentListItem[]; caption: string }) {
  const cell = 'block px-0 py-0.5 md:table-cell md:border-b md:border-gray-200 md:px-3 md:py-3 md:align-top';
  const label = (text: string) => (
    <span className="font-bold md:hidden">
      {text}:{' '}
    </span>
  );
  return (
    <table className="mt-4 block w-full border-collapse text-left md:table">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only md:not-sr-only md:table-header-group">
        <tr className="md:border-b-2 md:border-brand-800">
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className="px-3 py-2 text-sm font-bold whitespace-nowrap text-brand-900">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block space-y-3 md:table-row-group md:space-y-0">
        {documents.map((document) => (
          <tr key={document.id} className="block rounded border border-gray-300 p-3 md:table-row md:rounded-none md:border-0 md:p-0">
            <td className={`${cell} font-bold md:whitespace-nowrap`}>
              {label(COLUMNS[0])}
              {document.number}
            </td>
            <td className={`${cell} md:whitespace-nowrap`}>
              {label(COLUMNS[1])}
              <IssueDate date={document.issuedAt} />
            </td>
            <td className={`${cell} py-1.5`}>
              <Link href={documentPath(document.slug)} className="text-link underline underline-offset-2">
                {document.summary}
              </Link>
              {document.isSample ? (
                <>
                  {' '}
                  <SampleBadge />
                </>
              ) : null}
            </td>
            <td className={cell}>
              {label(COLUMNS[3])}
              {document.docType}
            </td>
            <td className={cell}>
              <InForceBadge inForce={document.inForce} />
            </td>
            <td className={`${cell} md:whitespace-nowrap`}>
              {document.fileSize !== null ? (
                <a href={documentDownloadPath(document.slug)} type="application/pdf" className="inline-flex min-h-11 items-center text-link underline underline-offset-2 md:min-h-0">
                  Tải PDF<span className="sr-only"> văn bản số {document.number}</span>&nbsp;({formatFileSize(document.fileSize)})
                </a>
              ) : (
                <span className="text-gray-700">Không có tệp</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
