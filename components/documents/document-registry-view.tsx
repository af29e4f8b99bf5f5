import { Breadcrumbs, type Breadcrumb } from '@/components/layout/breadcrumbs';
import { LastUpdated } from '@/components/layout/last-updated';
import { JsonLd } from '@/components/seo/json-ld';
import { Pagination } from '@/components/ui/pagination';
import type { DocumentFilters } from '@/lib/documents/document-filters';
import type { DocumentFilterOptions, DocumentPage } from '@/lib/documents/registry-query';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';
import { DocumentFilterForm } from './document-filter-form';
import { DocumentTable } from './document-table';

/**
 * The documents registry as readers see it, shared by /van-ban, its numbered pages and
 * the search results: the filter form, how many documents, the table and the pages.
 */
export function DocumentRegistryView({
  crumbs,
  heading,
  filters,
  options,
  listing,
  hrefFor,
  countText,
  emptyText,
  lastUpdated,
}: {
  crumbs: Breadcrumb[];
  heading: string;
  filters: DocumentFilters;
  options: DocumentFilterOptions;
  listing: DocumentPage;
  hrefFor: (page: number) => string;
  countText: string;
  emptyText: string;
  lastUpdated: Date | null;
}) {
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs.map((crumb) => ({ name: crumb.label, url: `${siteUrl()}${crumb.href}` })))} />
      <Breadcrumbs items={crumbs} />
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{heading}</h1>
      <p className="mt-2 max-w-3xl text-gray-800">
        Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành do Phường Phước Hưng ban hành hoặc phổ biến, kèm tệp PDF để tải về.
      </p>
      <DocumentFilterForm options={options} filters={filters} />
      <p role="status" className="mt-4 text-sm text-gray-800">
        {countText}
        {listing.totalPages > 1 ? ` · trang ${listing.page}/${listing.totalPages}` : ''}
      </p>
      {listing.documents.length > 0 ? (
        <DocumentTable documents={listing.documents} caption={`${heading}, mới ban hành trước`} />
      ) : (
        <p className="py-6 text-gray-800">{emptyText}</p>
      )}
      <Pagination page={listing.page} totalPages={listing.totalPages} hrefFor={hrefFor} />
      <LastUpdated date={lastUpdated} />
    </>
  );
}
