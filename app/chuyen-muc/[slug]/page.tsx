import type { Metadata } from 'next';
import { CategoryListing } from '@/components/article/category-listing';
import { getCategoryBySlug, getNavigationCategories } from '@/lib/data/categories';
import { categoryFeed } from '@/lib/feeds/feed-paths';
import { pageMetadata } from '@/lib/seo/page-metadata';

// ISR, revalidated on demand when an article of the category changes; fallback in seconds.
export const revalidate = 3600;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const categories = await getNavigationCategories();
  return categories.map((category) => ({ slug: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCategoryBySlug(slug);
  if (!category) return { title: 'Không tìm thấy chuyên mục' };
  return pageMetadata({
    title: category.name,
    description: category.description || `Các bài viết thuộc chuyên mục ${category.name} của Phường Phước Hưng.`,
    path: `/chuyen-muc/${category.slug}`,
    feeds: [categoryFeed(category)],
  });
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  return <CategoryListing slug={slug} page={1} />;
}
