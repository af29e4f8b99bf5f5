import { renderShareImage } from '@/components/seo/share-image';
import { getPublishedArticleBySlug } from '@/lib/data/articles';
import { formatDate } from '@/lib/text/format-date';

// Cached like the article page (ISR) and revalidated with it (lib/cache/article-paths.ts).
export const revalidate = 3600;
export const dynamicParams = true;

export async function generateStaticParams() {
  return [];
}

/** The share picture of an article without a cover image: its title in the portal's colours. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return new Response('Không tìm thấy bài viết', { status: 404 });
  return renderShareImage({
    title: article.title,
    kicker: article.category.name,
    footer: formatDate(article.publishedAt),
  });
}
