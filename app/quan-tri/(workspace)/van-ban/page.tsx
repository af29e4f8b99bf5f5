import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InForceBadge } from '@/components/documents/in-force-badge';
import { IssueDate } from '@/components/documents/issue-date';
import { DocumentStatusBadge } from '@/components/editor/document-status-badge';
import { Pagination } from '@/components/ui/pagination';
import { SampleBadge } from '@/components/ui/sample-badge';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorDocumentFilterOptions, listEditorDocuments } from '@/lib/data/editor-documents';
import { documentFilterQuery, parseDocumentFilters, parseDocumentPage } from '@/lib/documents/document-filters';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES, documentPath, isDocumentStatus } from '@/lib/domain/legal-documents';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Văn bản' };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 40) ?? '';

/** The documents registry as editors manage it: every document, drafts included. */
export default async function EditorDocumentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser('/quan-tri/van-ban');
  if (!hasPermission(user, 'sections:manage')) notFound();
  const params = await searchParams;
  const filters = parseDocumentFilters(params);
  const statusParam = first(params['trang-thai']);
  const status = isDocumentStatus(statusParam) ? statusParam : '';
  const page = parseDocumentPage(params);
  const [options, listing] = await Promise.all([getEditorDocumentFilterOptions(), listEditorDocuments(filters, status, page)]);

  const hrefFor = (target: number) => {
    const query = new URLSearchParams(documentFilterQuery(filters, target));
    if (status) query.set('trang-thai', status);
    const text = query.toString();
    return text ? `/quan-tri/van-ban?${text}` : '/quan-tri/van-ban';
  };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Văn bản</h1>
        <Link href="/quan-tri/van-ban/moi" className="btn btn-primary">
          Thêm văn bản
        </Link>
      </div>
      {first(params['da-xoa']) ? (
        <p role="status" className="notice notice-success mt-3">
          Đã xóa văn bản.
        </p>
      ) : null}

      <form method="get" action="/quan-tri/van-ban" role="search" aria-label="Lọc văn bản" className="mt-4 grid gap-3 rounded border border-gray-300 bg-gray-50 p-3 sm:grid-cols-2 lg:grid-cols-5">
        <div className="sm:col-span-2">
          <label htmlFor="loc-van-ban" className="form-label">
            Số, ký hiệu hoặc trích yếu
          </label>
          <input id="loc-van-ban" name="q" type="search" defaultValue={filters.query} className="form-input mt-1" />
        </div>
        <FilterSelect
          id="loc-trang-thai"
          name="trang-thai"
          label="Trạng thái"
          value={status}
          options={[{ value: '', label: 'Tất cả' }, ...DOCUMENT_STATUSES.map((value) => ({ value, label: DOCUMENT_STATUS_LABELS[value] }))]}
        />
        <FilterSelect
          id="loc-loai"
          name="loai"
          label="Loại văn bản"
          value={filters.docType}
          options={[{ value: '', label: 'Tất cả' }, ...options.docTypes.map((value) => ({ value, label: value }))]}
        />
        <FilterSelect
          id="loc-nam"
          name="nam"
          label="Năm ban hành"
          value={filters.year ? String(filters.year) : ''}
          options={[{ value: '', label: 'Tất cả' }, ...options.years.map((year) => ({ value: String(year), label: String(year) }))]}
        />
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="btn btn-primary">
            Lọc
          </button>
          <Link href="/quan-tri/van-ban" className="btn btn-secondary">
            Bỏ lọc
          </Link>
        </div>
      </form>

      <p className="mt-4 text-sm text-gray-700" role="status">
        {listing.total} văn bản{listing.totalPages > 1 ? ` · trang ${Math.min(page, listing.totalPages)}/${listing.totalPages}` : ''}
      </p>

      {listing.documents.length === 0 ? (
        <p className="mt-4 text-gray-800">Không có văn bản nào phù hợp.</p>
      ) : (
        <ul aria-label="Danh sách văn bản" className="mt-2 divide-y divide-gray-200 border-y border-gray-200">
          {listing.documents.map((document) => (
            <li key={document.id} className="grid gap-2 py-3 md:grid-cols-[1fr_auto] md:items-center">
              <div className="min-w-0">
                <p className="font-bold leading-snug">
                  <Link href={`/quan-tri/van-ban/${document.id}`} className="text-brand-900 underline-offset-2 hover:underline">
                    {document.number}: {document.summary}
                  </Link>
                  {document.isSample ? (
                    <>
                      {' '}
                      <SampleBadge />
                    </>
                  ) : null}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-800">
                  <DocumentStatusBadge status={isDocumentStatus(document.status) ? document.status : 'draft'} />
                  <span>{document.docType}</span>
                  <span aria-hidden="true">·</span>
                  <span>
                    Ban hành: <IssueDate date={document.issuedAt} />
                  </span>
                  <span aria-hidden="true">·</span>
                  <InForceBadge inForce={document.inForce} />
                  <span aria-hidden="true">·</span>
                  <span>{document.fileSize !== null ? 'Có tệp PDF' : 'Chưa có tệp PDF'}</span>
                  <span aria-hidden="true">·</span>
                  <span>Sửa lần cuối: {formatDateTime(document.updatedAt)}</span>
                </p>
              </div>
              {document.status === 'published' ? (
                <div>
                  <Link href={documentPath(document.slug)} className="btn btn-secondary btn-small">
                    Xem trên trang<span className="sr-only">: {document.number}</span>
                  </Link>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={Math.min(page, listing.totalPages)} totalPages={listing.totalPages} hrefFor={hrefFor} />
    </>
  );
}

/** One labelled drop-down of the list's filter form. */
function FilterSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="form-input mt-1">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
