import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CategoryListing, categoryPageHref, parsePageNumber } from '@/components/article/category-listing';
import { getCategoryBySlug } from '@/lib/data/categories';

// Later pages of a category render on their first request and stay cached (ISR).
export const revalidate = 3600;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const category = await getCategoryBySlug(slug);
  const pageNumber = parsePageNumber(page);
  if (!category || !pageNumber) return { title: 'Không tìm thấy chuyên mục' };
  return {
    title: `${category.name} – Trang ${pageNumber}`,
    alternates: { canonical: categoryPageHref(category.slug, pageNumber) },
  };
}

export default async function CategoryNumberedPage({ params }: Props) {
  const { slug, page } = await params;
  const pageNumber = parsePageNumber(page);
  if (!pageNumber) notFound();
  if (pageNumber === 1) permanentRedirect(categoryPageHref(slug, 1)); // normally answered by next.config redirects
  return <CategoryListing slug={slug} page={pageNumber} />;
}
