import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { DocumentRegistryView } from '@/components/documents/document-registry-view';
import { getPublishedDocumentFilterOptions, getPublishedDocumentPage } from '@/lib/data/legal-documents';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { NO_DOCUMENT_FILTERS } from '@/lib/documents/document-filters';
import { DOCUMENTS_PATH, documentListingPath } from '@/lib/domain/legal-documents';
import { pageMetadata } from '@/lib/seo/page-metadata';

// Later pages of the registry render on their first request and stay cached (ISR); a
// change of a published document revalidates each of them (lib/cache/document-paths.ts).
export const revalidate = 3600;
export const dynamicParams = true;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  return [];
}

function parsePage(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePage((await params).page);
  if (!page) return { title: 'Không tìm thấy trang' };
  return pageMetadata({
    title: `Văn bản – Trang ${page}`,
    description: `Văn bản của Phường Phước Hưng, mới ban hành trước, trang ${page}.`,
    path: documentListingPath(page),
  });
}

export default async function DocumentsNumberedPage({ params }: Props) {
  const page = parsePage((await params).page);
  if (!page) notFound();
  if (page === 1) permanentRedirect(DOCUMENTS_PATH);
  const [listing, options, lastUpdated] = await Promise.all([
    getPublishedDocumentPage(page),
    getPublishedDocumentFilterOptions(),
    getSectionLastUpdated('van-ban'),
  ]);
  if (page > listing.totalPages) notFound();
  return (
    <DocumentRegistryView
      crumbs={[
        { href: '/', label: 'Trang chủ' },
        { href: DOCUMENTS_PATH, label: 'Văn bản' },
        { href: documentListingPath(page), label: `Trang ${page}` },
      ]}
      heading={`Văn bản – Trang ${page}`}
      filters={NO_DOCUMENT_FILTERS}
      options={options}
      listing={listing}
      hrefFor={documentListingPath}
      countText={`${listing.total} văn bản`}
      emptyText="Chưa có văn bản nào được công bố."
      lastUpdated={lastUpdated}
    />
  );
}
