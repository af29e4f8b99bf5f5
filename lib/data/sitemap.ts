import 'server-only';
import { prisma } from '@/lib/db/client';
import { SECTIONS } from '@/lib/domain/sections';
import { DOCUMENT_ORDER } from '@/lib/documents/registry-query';
import { documentPath } from '@/lib/domain/legal-documents';
import type { SitemapEntry, SitemapSource } from '@/lib/seo/sitemap';

const PUBLISHED = { status: 'published' } as const;

// An article's last change as crawlers should see it: never before its publication (a
// scheduled article is saved before it goes live).
const lastChange = (row: { updatedAt: Date; publishedAt: Date | null }) =>
  row.publishedAt && row.publishedAt > row.updatedAt ? row.publishedAt : row.updatedAt;

async function newestArticleChange(where: Record<string, unknown> = {}): Promise<Date | undefined> {
  const newest = await prisma.article.aggregate({ where: { ...PUBLISHED, ...where }, _max: { updatedAt: true, publishedAt: true } });
  const { updatedAt, publishedAt } = newest._max;
  return updatedAt ? lastChange({ updatedAt, publishedAt }) : undefined;
}

/** The home page, then every section of Nghị định 42 with its last change (none if never updated). */
const sections: SitemapSource = {
  name: 'sections',
  count: async () => 1 + SECTIONS.length,
  list: async (offset, limit) => {
    const [home, updates] = await Promise.all([newestArticleChange(), prisma.sectionUpdate.findMany()]);
    const updatedAt = new Map(updates.map((row) => [row.key, row.updatedAt]));
    const entries: SitemapEntry[] = [
      { path: '/', lastModified: home },
      ...SECTIONS.map((section) => ({ path: section.path, lastModified: updatedAt.get(section.key) })),
    ];
    return entries.slice(offset, offset + limit);
  },
};

const categories: SitemapSource = {
  name: 'categories',
  count: () => prisma.category.count(),
  list: async (offset, limit) => {
    const rows = await prisma.category.findMany({
      orderBy: [{ position: 'asc' }, { slug: 'asc' }],
      skip: offset,
      take: limit,
      select: { id: true, slug: true, updatedAt: true },
    });
    return Promise.all(
      rows.map(async (row) => {
        const newest = await newestArticleChange({ categoryId: row.id });
        return { path: `/chuyen-muc/${row.slug}`, lastModified: newest && newest > row.updatedAt ? newest : row.updatedAt };
      }),
    );
  },
};

const articles: SitemapSource = {
  name: 'articles',
  count: () => prisma.article.count({ where: PUBLISHED }),
  list: async (offset, limit) => {
    const rows = await prisma.article.findMany({
      where: PUBLISHED,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: offset,
      take: limit,
      select: { slug: true, updatedAt: true, publishedAt: true },
    });
    return rows.map((row) => ({ path: `/tin-tuc/${row.slug}`, lastModified: lastChange(row) }));
  },
};

/** Every published document (the registry page itself is listed with the sections). */
const documents: SitemapSource = {
  name: 'documents',
  count: () => prisma.legalDocument.count({ where: PUBLISHED }),
  list: async (offset, limit) => {
    const rows = await prisma.legalDocument.findMany({
      where: PUBLISHED,
      orderBy: [...DOCUMENT_ORDER],
      skip: offset,
      take: limit,
      select: { slug: true, updatedAt: true },
    });
    return rows.map((row) => ({ path: documentPath(row.slug), lastModified: row.updatedAt }));
  },
};

/** Every kind of public page the sitemap lists, in the order it lists them. */
export const SITEMAP_SOURCES: SitemapSource[] = [sections, categories, articles, documents];
