import Link from 'next/link';
import type { ReactNode } from 'react';
import { Breadcrumbs, type Breadcrumb } from '@/components/layout/breadcrumbs';
import { LastUpdated } from '@/components/layout/last-updated';
import { SampleBadge } from '@/components/ui/sample-badge';
import type { DocumentDetail } from '@/lib/data/legal-documents';
import { DOCUMENTS_PATH, documentDownloadPath, documentPath, documentTitle } from '@/lib/domain/legal-documents';
import { formatFileSize } from '@/lib/text/format-file-size';
import { InForceBadge } from './in-force-badge';
import { IssueDate } from './issue-date';

/** The breadcrumb trail of a document's page (also published as BreadcrumbList JSON-LD). */
export function documentBreadcrumbs(document: Pick<DocumentDetail, 'slug' | 'number'>): Breadcrumb[] {
  return [
    { href: '/', label: 'Trang chủ' },
    { href: DOCUMENTS_PATH, label: 'Văn bản' },
    { href: documentPath(document.slug), label: document.number },
  ];
}

/** A document of the registry: every field, its PDF to download, and its full text if any. */
export function DocumentView({ document }: { document: DocumentDetail }) {
  return (
    <>
      <Breadcrumbs items={documentBreadcrumbs(document)} />
      <article className="mx-auto mt-4 max-w-3xl">
        <header>
          <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">
            {documentTitle(document)}
            {document.isSample ? (
              <>
                {' '}
                <SampleBadge />
              </>
            ) : null}
          </h1>
          <p className="mt-3 text-lg">{document.summary}</p>
          {document.isSample ? (
            <p className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              Đây là văn bản mẫu để minh họa cách trình bày, không phải văn bản chính thức của Phường Phước Hưng.
            </p>
          ) : null}
        </header>

        <dl className="mt-6 grid gap-x-6 gap-y-2 border-y border-gray-300 py-4 sm:grid-cols-[12rem_1fr]">
          <Field term="Số/ký hiệu">{document.number}</Field>
          <Field term="Ngày ban hành">
            <IssueDate date={document.issuedAt} />
          </Field>
          <Field term="Cơ quan ban hành">{document.issuer}</Field>
          <Field term="Loại văn bản">{document.docType}</Field>
          <Field term="Lĩnh vực">{document.field}</Field>
          <Field term="Trích yếu">{document.summary}</Field>
          <Field term="Tình trạng hiệu lực">
            <InForceBadge inForce={document.inForce} />
          </Field>
          {document.publishedAt ? (
            <Field term="Ngày đăng">
              <IssueDate date={document.publishedAt} />
            </Field>
          ) : null}
        </dl>

        {document.file ? (
          <p className="mt-6">
            <a
              href={documentDownloadPath(document.slug)}
              type="application/pdf"
              className="inline-flex min-h-11 items-center gap-2 rounded bg-brand-800 px-5 py-2 font-bold text-white hover:bg-brand-900"
            >
              Tải văn bản (PDF, {formatFileSize(document.file.byteSize)})
            </a>
            <span className="mt-1 block text-sm text-gray-700">Tên tệp: {document.file.name}</span>
          </p>
        ) : null}

        {document.bodyHtml ? (
          <section aria-labelledby="toan-van" className="mt-8">
            <h2 id="toan-van" className="border-b-2 border-brand-800 pb-1 text-lg font-bold text-brand-900">
              Toàn văn
            </h2>
            <div className="article-body mt-4" dangerouslySetInnerHTML={{ __html: document.bodyHtml }} />
          </section>
        ) : null}

        <p className="mt-8">
          <Link href={DOCUMENTS_PATH} className="text-link underline underline-offset-2">
            ← Danh sách văn bản
          </Link>
        </p>
        <LastUpdated date={document.updatedAt} />
      </article>
    </>
  );
}

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold text-gray-800">{term}</dt>
      <dd className="mb-2 sm:mb-0">{children}</dd>
    </>
  );
}
