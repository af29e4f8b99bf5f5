import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { excerpt, firstSentence, htmlToText } from '@/lib/html/excerpt';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import type { RatingSummary } from '@/lib/ratings/rating-summary';
import { ARTICLES_PER_PAGE, HOME_ARTICLE_COUNT, prerenderedArticleCount } from '@/lib/site';
import { isValidSlug } from '@/lib/text/slugify';

/**
 * What readers may see: published articles, and scheduled ones whose time has come but
 * which the scheduled-publishing task has not switched over yet (it runs every few
 * seconds; this closes the gap, so an article is never missing at its announced time).
 */
function publicWhere() {
  return { OR: [{ status: 'published' }, { status: 'scheduled', publishedAt: { lte: new Date() } }] };
}

const listSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  bodyHtml: true,
  publishedAt: true,
  coverAlt: true,
  cover: { select: { storageKey: true, width: true, height: true } },
  category: { select: { slug: true, name: true } },
} as const;

type ListRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: Date | null;
  coverAlt: string;
  cover: { storageKey: string; width: number | null; height: number | null } | null;
  category: { slug: string; name: string };
};

export type ArticleCover = { src: string; alt: string; width: number; height: number };

export type ArticleListItem = {
  id: string;
  slug: string;
  title: string;
  /** the editor's summary, or the start of the body when there is none */
  summary: string;
  publishedAt: Date;
  cover: ArticleCover | null;
  category: { slug: string; name: string };
};

function toCover(row: Pick<ListRow, 'cover' | 'coverAlt'>): ArticleCover | null {
  if (!row.cover) return null;
  return {
    src: `/media/${row.cover.storageKey}`,
    alt: row.coverAlt,
    width: row.cover.width ?? 1200,
    height: row.cover.height ?? 675,
  };
}

function toListItem(row: ListRow): ArticleListItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary || excerpt(htmlToText(row.bodyHtml)),
    publishedAt: row.publishedAt ?? new Date(0),
    cover: toCover(row),
    category: row.category,
  };
}

/** The newest published articles, for the home page. */
export async function getLatestArticles(limit = HOME_ARTICLE_COUNT): Promise<ArticleListItem[]> {
  const rows = await prisma.article.findMany({
    where: publicWhere(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: listSelect,
  });
  return rows.map(toListItem);
}

/** Slugs of the articles prerendered at build time (the most recent ones). */
export async function getRecentArticleSlugs(limit = prerenderedArticleCount()): Promise<string[]> {
  const rows = await prisma.article.findMany({
    where: publicWhere(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}

export type ArticleDetail = ArticleListItem & {
  /** sanitised again at render time, whatever was stored */
  bodyHtml: string;
  /** for search engines and link previews: the editor's summary, or the body's first sentence */
  description: string;
  updatedAt: Date;
  categoryId: string;
  /** readers' ratings when the page was rendered (the widget refreshes them) */
  rating: RatingSummary;
  /** scheduled, its time has come, and the publishing task has not run yet */
  awaitingScheduledPublish: boolean;
};

/** A published article by its current slug, or null. Shared by the page and its metadata. */
export const getPublishedArticleBySlug = cache(async (slug: string): Promise<ArticleDetail | null> => {
  // Not a slug the portal could have made (a null byte, say, which PostgreSQL refuses): no such page.
  if (!isValidSlug(slug)) return null;
  const row = await prisma.article.findFirst({
    where: { ...publicWhere(), slug },
    select: { ...listSelect, updatedAt: true, categoryId: true, ratingCount: true, ratingSum: true, status: true },
  });
  if (!row) return null;
  return {
    ...toListItem(row),
    bodyHtml: sanitizeArticleHtml(row.bodyHtml),
    description: row.summary || firstSentence(htmlToText(row.bodyHtml)),
    updatedAt: row.updatedAt,
    categoryId: row.categoryId,
    rating: { count: row.ratingCount, sum: row.ratingSum },
    awaitingScheduledPublish: row.status === 'scheduled',
  };
});

/** The current slug of a published article that used to live at `oldSlug`, or null. */
export async function getRedirectedArticleSlug(oldSlug: string): Promise<string | null> {
  if (!isValidSlug(oldSlug)) return null;
  const redirect = await prisma.articleSlugRedirect.findUnique({
    where: { slug: oldSlug },
    select: { article: { select: { slug: true, status: true, publishedAt: true } } },
  });
  if (!redirect) return null;
  const { article } = redirect;
  const isPublic = article.status === 'published' || (article.status === 'scheduled' && !!article.publishedAt && article.publishedAt <= new Date());
  return isPublic ? article.slug : null;
}

/** Other published articles of the same category, newest first. */
export async function getRelatedArticles(article: Pick<ArticleDetail, 'id' | 'categoryId'>, limit = 4): Promise<ArticleListItem[]> {
  const rows = await prisma.article.findMany({
    where: { ...publicWhere(), categoryId: article.categoryId, id: { not: article.id } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: listSelect,
  });
  return rows.map(toListItem);
}

export type CategoryArticlePage = {
  articles: ArticleListItem[];
  page: number;
  totalPages: number;
  totalArticles: number;
};

/** One page of a category's published articles, newest first. */
export async function getCategoryArticlePage(categoryId: string, page: number): Promise<CategoryArticlePage> {
  const where = { ...publicWhere(), categoryId };
  const [totalArticles, rows] = await Promise.all([
    prisma.article.count({ where }),
    prisma.article.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * ARTICLES_PER_PAGE,
      take: ARTICLES_PER_PAGE,
      select: listSelect,
    }),
  ]);
  return {
    articles: rows.map(toListItem),
    page,
    totalPages: Math.max(1, Math.ceil(totalArticles / ARTICLES_PER_PAGE)),
    totalArticles,
  };
}
