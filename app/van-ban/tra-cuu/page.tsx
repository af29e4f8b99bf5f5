import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DocumentRegistryView } from '@/components/documents/document-registry-view';
import { getPublishedDocumentFilterOptions, getPublishedDocumentPage } from '@/lib/data/legal-documents';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { documentFilterQuery, hasDocumentFilters, parseDocumentFilters, parseDocumentPage } from '@/lib/documents/document-filters';
import { DOCUMENT_SEARCH_PATH, DOCUMENTS_PATH, documentListingPath } from '@/lib/domain/legal-documents';
import { pageMetadata } from '@/lib/seo/page-metadata';

// Rendered for each request (it reads the query string); the registry itself and the
// documents' pages stay static.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseDocumentFilters(await searchParams);
  return pageMetadata({
    title: filters.query ? `Tra cứu văn bản: ${filters.query}` : 'Tra cứu văn bản',
    description: 'Tra cứu văn bản của Phường Phước Hưng theo số, ký hiệu, trích yếu, loại văn bản, lĩnh vực, năm và cơ quan ban hành.',
    path: DOCUMENT_SEARCH_PATH,
    // result pages are not content of their own: crawlers follow their links only
    noindex: true,
  });
}

export default async function DocumentSearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const filters = parseDocumentFilters(params);
  const page = parseDocumentPage(params);
  // Nothing to narrow by: the registry itself, static, has the same list.
  if (!hasDocumentFilters(filters)) redirect(documentListingPath(page));

  const [listing, options, lastUpdated] = await Promise.all([
    getPublishedDocumentPage(page, filters),
    getPublishedDocumentFilterOptions(),
    getSectionLastUpdated('van-ban'),
  ]);
  const hrefFor = (target: number) => `${DOCUMENT_SEARCH_PATH}?${documentFilterQuery(filters, target)}`;
  if (page > listing.totalPages) redirect(hrefFor(listing.totalPages));
  return (
    <DocumentRegistryView
      crumbs={[
        { href: '/', label: 'Trang chủ' },
        { href: DOCUMENTS_PATH, label: 'Văn bản' },
        { href: DOCUMENT_SEARCH_PATH, label: 'Tra cứu' },
      ]}
      heading="Tra cứu văn bản"
      filters={filters}
      options={options}
      listing={listing}
      hrefFor={hrefFor}
      countText={listing.total > 0 ? `Tìm thấy ${listing.total} văn bản` : 'Không tìm thấy văn bản nào'}
      emptyText="Không có văn bản nào phù hợp. Hãy thử bớt điều kiện lọc, hoặc tìm bằng ít từ hơn."
      lastUpdated={lastUpdated}
    />
  );
}
