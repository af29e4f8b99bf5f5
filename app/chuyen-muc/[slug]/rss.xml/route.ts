import { getCategoryBySlug, getNavigationCategories } from '@/lib/data/categories';
import { getFeedArticles } from '@/lib/data/feeds';
import { getSiteSettings } from '@/lib/data/site-settings';
import { buildRssFeed } from '@/lib/feeds/build-feed';
import { categoryFeedPath } from '@/lib/feeds/feed-paths';
import { SITE_FULL_NAME, SITE_NAME, siteUrl } from '@/lib/site';

// ISR like the category pages, revalidated with them (lib/cache/article-paths.ts).
export const revalidate = 3600;
export const dynamicParams = true;

export async function generateStaticParams() {
  const categories = await getNavigationCategories();
  return categories.map((category) => ({ slug: category.slug }));
}

/** RSS 2.0 of one category's newest articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const category = await getCategoryBySlug(slug);
  if (!category) return new Response('Không tìm thấy chuyên mục', { status: 404 });
  const [articles, settings] = await Promise.all([getFeedArticles(category.id), getSiteSettings()]);
  const xml = buildRssFeed({
    baseUrl: siteUrl(),
    title: `${category.name} – ${SITE_FULL_NAME}`,
    description: category.description || `Các bài viết mới thuộc chuyên mục ${category.name} của ${SITE_NAME}.`,
    pagePath: `/chuyen-muc/${category.slug}`,
    feedPath: categoryFeedPath(category.slug),
    copyright: settings.officeName.value,
    articles,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
