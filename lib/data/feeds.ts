import 'server-only';
import { prisma } from '@/lib/db/client';
import type { FeedArticle } from '@/lib/feeds/build-feed';
import { excerpt, htmlToText } from '@/lib/html/excerpt';

/** Articles in a feed. */
export const FEED_ARTICLE_COUNT = 20;

/** The newest published articles, of one category or of all, for an RSS feed. */
export async function getFeedArticles(categoryId?: string): Promise<FeedArticle[]> {
  const rows = await prisma.article.findMany({
    where: { status: 'published', ...(categoryId ? { categoryId } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: FEED_ARTICLE_COUNT,
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      bodyHtml: true,
      publishedAt: true,
      updatedAt: true,
      category: { select: { slug: true, name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary || excerpt(htmlToText(row.bodyHtml), 300),
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    category: row.category,
  }));
}
