import type { Metadata } from 'next';
import { DocumentRegistryView } from '@/components/documents/document-registry-view';
import { getPublishedDocumentFilterOptions, getPublishedDocumentPage } from '@/lib/data/legal-documents';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { NO_DOCUMENT_FILTERS } from '@/lib/documents/document-filters';
import { DOCUMENTS_PATH, documentListingPath } from '@/lib/domain/legal-documents';
import { pageMetadata } from '@/lib/seo/page-metadata';

// ISR like the article pages: every change of a published document revalidates it on
// demand (lib/cache/revalidate.ts); this is the fallback period in seconds. Filtered views
// read the query string, so they live on their own dynamic route, /van-ban/tra-cuu.
export const revalidate = 3600;

export const metadata: Metadata = pageMetadata({
  title: 'Văn bản',
  description: 'Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành của Phường Phước Hưng: tra cứu theo số, ký hiệu, loại, lĩnh vực, năm ban hành và tải tệp PDF.',
  path: DOCUMENTS_PATH,
});

export default async function DocumentsPage() {
  const [listing, options, lastUpdated] = await Promise.all([
    getPublishedDocumentPage(1),
    getPublishedDocumentFilterOptions(),
    getSectionLastUpdated('van-ban'),
  ]);
  return (
    <DocumentRegistryView
      crumbs={[
        { href: '/', label: 'Trang chủ' },
        { href: DOCUMENTS_PATH, label: 'Văn bản' },
      ]}
      heading="Văn bản"
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
