import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { Pagination } from '@/components/ui/pagination';
import { getCategoryArticlePage } from '@/lib/data/articles';
import { getCategoryBySlug } from '@/lib/data/categories';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';
import { ArticleList } from './article-list';

export function categoryPageHref(slug: string, page: number): string {
  return page <= 1 ? `/chuyen-muc/${slug}` : `/chuyen-muc/${slug}/trang/${page}`;
}

/** Parses a page number from the URL; anything but a whole number ≥ 1 is not a page. */
export function parsePageNumber(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/** A category's article list at one page, shared by the first page and the numbered ones. */
export async function CategoryListing({ slug, page }: { slug: string; page: number }) {
  const category = await getCategoryBySlug(slug);
  if (!category) notFound();
  const listing = await getCategoryArticlePage(category.id, page);
  if (page > listing.totalPages) notFound();

  const crumbs = [
    { href: '/', label: 'Trang chủ' },
    { href: categoryPageHref(slug, page), label: category.name },
  ];
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs.map((crumb) => ({ name: crumb.label, url: `${siteUrl()}${crumb.href}` })))} />
      <Breadcrumbs items={crumbs} />
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{category.name}</h1>
      {category.description ? <p className="mt-2 text-gray-800">{category.description}</p> : null}
      {listing.totalPages > 1 ? (
        <p className="mt-2 text-sm text-gray-700">
          Trang {listing.page}/{listing.totalPages} · {listing.totalArticles} bài viết
        </p>
      ) : null}
      <ArticleList articles={listing.articles} headingLevel="h2" emptyText="Chuyên mục này chưa có bài viết." />
      <Pagination page={listing.page} totalPages={listing.totalPages} hrefFor={(p) => categoryPageHref(slug, p)} />
    </>
  );
}
