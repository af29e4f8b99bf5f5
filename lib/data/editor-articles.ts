import 'server-only';
import { canViewArticle, hasPermission, type Actor } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db/client';
import { isArticleStatus, type ArticleStatus } from '@/lib/domain/article-status';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { removeDiacritics } from '@/lib/text/slugify';
import type { ArticleCover, ArticleDetail } from './articles';

export const EDITOR_PAGE_SIZE = 20;

export const ARTICLE_SORTS = {
  'cap-nhat-moi': { label: 'Mới cập nhật trước', orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] },
  'cap-nhat-cu': { label: 'Cũ nhất trước', orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] },
  'xuat-ban-moi': { label: 'Ngày xuất bản mới nhất', orderBy: [{ publishedAt: 'desc' }, { updatedAt: 'desc' }] },
  'xuat-ban-cu': { label: 'Ngày xuất bản cũ nhất', orderBy: [{ publishedAt: 'asc' }, { updatedAt: 'asc' }] },
} as const;
export type ArticleSort = keyof typeof ARTICLE_SORTS;

export type ArticleListFilters = {
  /** '' for every status but the trash */
  status: ArticleStatus | '';
  categoryId: string;
  query: string;
  sort: ArticleSort;
  page: number;
};

export type EditorArticleRow = {
  id: string;
  authorId: string | null;
  statusBeforeTrash: string | null;
  title: string;
  slug: string;
  status: ArticleStatus;
  categoryName: string;
  authorName: string | null;
  updatedAt: Date;
  lastEditorName: string | null;
  publishedAt: Date | null;
  ratingCount: number;
  ratingSum: number;
};

/** Folded for search: "Dân vận" and "dan van" match each other. */
function fold(text: string): string {
  return removeDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The editor area's article list: a contributor sees their own articles, editors see all.
 * Title search ignores case and diacritics; it filters titles in memory, which stays
 * quick for the tens of thousands of articles a ward publishes in decades.
 */
export async function listEditorArticles(actor: Actor, filters: ArticleListFilters) {
  const where = {
    ...(hasPermission(actor, 'article:publish') ? {} : { authorId: actor.id }),
    ...(filters.status ? { status: filters.status } : { status: { not: 'trashed' } }),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
  };
  let idFilter: { id: { in: string[] } } | object = {};
  const query = fold(filters.query);
  if (query) {
    const candidates = await prisma.article.findMany({ where, select: { id: true, title: true } });
    idFilter = { id: { in: candidates.filter((c) => fold(c.title).includes(query)).map((c) => c.id) } };
  }
  const fullWhere = { ...where, ...idFilter };
  const [total, rows] = await Promise.all([
    prisma.article.count({ where: fullWhere }),
    prisma.article.findMany({
      where: fullWhere,
      orderBy: [...ARTICLE_SORTS[filters.sort].orderBy],
      skip: (filters.page - 1) * EDITOR_PAGE_SIZE,
      take: EDITOR_PAGE_SIZE,
      select: {
        id: true,
        authorId: true,
        statusBeforeTrash: true,
        title: true,
        slug: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        ratingCount: true,
        ratingSum: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
        revisions: { orderBy: { version: 'desc' }, take: 1, select: { author: { select: { name: true } } } },
      },
    }),
  ]);
  const articles: EditorArticleRow[] = rows.map((row) => ({
    id: row.id,
    authorId: row.authorId,
    statusBeforeTrash: row.statusBeforeTrash,
    title: row.title,
    slug: row.slug,
    status: isArticleStatus(row.status) ? row.status : 'draft',
    categoryName: row.category.name,
    authorName: row.author?.name ?? null,
    updatedAt: row.updatedAt,
    lastEditorName: row.revisions[0]?.author?.name ?? null,
    publishedAt: row.publishedAt,
    ratingCount: row.ratingCount,
    ratingSum: row.ratingSum,
  }));
  return { articles, total, totalPages: Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE)) };
}

export type EditorArticle = {
  id: string;
  version: number;
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  status: ArticleStatus;
  statusBeforeTrash: string | null;
  categoryId: string;
  authorId: string | null;
  authorName: string | null;
  cover: { id: string; src: string; width: number; height: number } | null;
  coverAlt: string;
  publishedAt: Date | null;
  updatedAt: Date;
  /** the article has been public at some time (its slug is then best left alone) */
  everPublished: boolean;
};

/** An article for the editor, or null when it does not exist or the user may not see it. */
export async function getEditorArticle(actor: Actor, id: string): Promise<EditorArticle | null> {
  const row = await prisma.article.findUnique({
    where: { id },
    include: {
      author: { select: { name: true } },
      cover: { select: { id: true, storageKey: true, width: true, height: true } },
      _count: { select: { revisions: { where: { status: 'published' } } } },
    },
  });
  if (!row || !isArticleStatus(row.status)) return null;
  if (!canViewArticle(actor, { authorId: row.authorId, status: row.status })) return null;
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    status: row.status,
    statusBeforeTrash: row.statusBeforeTrash,
    categoryId: row.categoryId,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    cover: row.cover
      ? { id: row.cover.id, src: `/media/${row.cover.storageKey}`, width: row.cover.width ?? 1200, height: row.cover.height ?? 675 }
      : null,
    coverAlt: row.coverAlt,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    everPublished: row.status === 'published' || row.status === 'unpublished' || row._count.revisions > 0,
  };
}

export type RevisionEntry = {
  id: string;
  version: number;
  note: string;
  authorName: string | null;
  createdAt: Date;
  title: string;
  status: string;
  /** the fields this revision changed compared with the one before it */
  changed: string[];
};

const COMPARED_FIELDS = [
  ['title', 'Tiêu đề'],
  ['slug', 'Đường dẫn'],
  ['summary', 'Tóm tắt'],
  ['categoryId', 'Chuyên mục'],
  ['coverId', 'Ảnh đại diện'],
  ['coverAlt', 'Mô tả ảnh'],
  ['bodyHtml', 'Nội dung'],
  ['status', 'Trạng thái'],
  ['publishedAt', 'Ngày xuất bản'],
] as const;

/** Every revision of an article, newest first, with who made it, when, and what it changed. */
export async function getArticleHistory(articleId: string): Promise<RevisionEntry[]> {
  const revisions = await prisma.articleRevision.findMany({
    where: { articleId },
    orderBy: { version: 'asc' },
    include: { author: { select: { name: true } } },
  });
  return revisions
    .map((revision, index) => {
      const previous = revisions[index - 1];
      const changed = previous
        ? COMPARED_FIELDS.filter(([field]) => String(previous[field] ?? '') !== String(revision[field] ?? '')).map(([, label]) => label)
        : ['Bản đầu tiên'];
      return {
        id: revision.id,
        version: revision.version,
        note: revision.note,
        authorName: revision.author?.name ?? null,
        createdAt: revision.createdAt,
        title: revision.title,
        status: revision.status,
        changed,
      };
    })
    .reverse();
}

type PreviewSource = {
  title: string;
  slug: string;
  bodyHtml: string;
  categoryId: string;
  coverId: string | null;
  coverAlt: string;
  publishedAt: Date | null;
};

/** Turns unsaved or historical content into what ArticleView renders, as the public page would. */
async function toArticleDetail(source: PreviewSource & { articleId: string }): Promise<ArticleDetail> {
  const [category, cover] = await Promise.all([
    prisma.category.findUnique({ where: { id: source.categoryId }, select: { slug: true, name: true } }),
    source.coverId ? prisma.media.findUnique({ where: { id: source.coverId }, select: { storageKey: true, width: true, height: true } }) : null,
  ]);
  const articleCover: ArticleCover | null = cover
    ? { src: `/media/${cover.storageKey}`, alt: source.coverAlt, width: cover.width ?? 1200, height: cover.height ?? 675 }
    : null;
  return {
    id: source.articleId,
    slug: source.slug,
    title: source.title || '(Chưa có tiêu đề)',
    summary: '',
    publishedAt: source.publishedAt ?? new Date(),
    cover: articleCover,
    category: category ?? { slug: 'chuyen-muc', name: 'Chuyên mục' },
    bodyHtml: sanitizeArticleHtml(source.bodyHtml),
    description: '',
    updatedAt: new Date(),
    categoryId: source.categoryId,
    rating: { count: 0, sum: 0 },
    awaitingScheduledPublish: false,
  };
}

/** A preview made by "Xem trước", if the user may see its article. */
export async function getPreviewForViewer(actor: Actor, previewId: string) {
  const preview = await prisma.articlePreview.findUnique({
    where: { id: previewId },
    include: { article: { select: { authorId: true, status: true } } },
  });
  if (!preview || !isArticleStatus(preview.article.status)) return null;
  if (!canViewArticle(actor, { authorId: preview.article.authorId, status: preview.article.status })) return null;
  return { articleId: preview.articleId, createdAt: preview.createdAt, detail: await toArticleDetail(preview) };
}

/** One revision rendered like the public page, if the user may see its article. */
export async function getRevisionForViewer(actor: Actor, articleId: string, revisionId: string) {
  const revision = await prisma.articleRevision.findFirst({
    where: { id: revisionId, articleId },
    include: { article: { select: { authorId: true, status: true } }, author: { select: { name: true } } },
  });
  if (!revision || !isArticleStatus(revision.article.status)) return null;
  if (!canViewArticle(actor, { authorId: revision.article.authorId, status: revision.article.status })) return null;
  return {
    version: revision.version,
    note: revision.note,
    authorName: revision.author?.name ?? null,
    createdAt: revision.createdAt,
    detail: await toArticleDetail(revision),
  };
}

/** Categories for the editor's select and filters. */
export async function getEditorCategories() {
  return prisma.category.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, slug: true } });
}
