import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CategoryListing, categoryPageHref, parsePageNumber } from '@/components/article/category-listing';
import { getCategoryBySlug } from '@/lib/data/categories';
import { categoryFeed } from '@/lib/feeds/feed-paths';
import { pageMetadata } from '@/lib/seo/page-metadata';

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
  return pageMetadata({
    title: `${category.name} – Trang ${pageNumber}`,
    description: `Các bài viết thuộc chuyên mục ${category.name} của Phường Phước Hưng, trang ${pageNumber}.`,
    path: categoryPageHref(category.slug, pageNumber),
    feeds: [categoryFeed(category)],
  });
}

export default async function CategoryNumberedPage({ params }: Props) {
  const { slug, page } = await params;
  const pageNumber = parsePageNumber(page);
  if (!pageNumber) notFound();
  if (pageNumber === 1) permanentRedirect(categoryPageHref(slug, 1)); // normally answered by next.config redirects
  return <CategoryListing slug={slug} page={pageNumber} />;
}
