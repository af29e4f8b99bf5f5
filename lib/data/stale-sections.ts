import 'server-only';
import { prisma } from '@/lib/db/client';
import { SECTION_EDITOR_PATHS } from '@/lib/domain/section-editor-paths';
import { SECTIONS } from '@/lib/domain/sections';
import { parseStaleAfterDays } from '@/lib/domain/site-settings';
import { findStaleAreas, type ContentArea, type StaleArea } from '@/lib/sections/staleness';
import { getSiteSettings } from './site-settings';

/**
 * Every section and article category with its last change: a section's from SectionUpdate
 * (none: never updated), a category's from its newest published article.
 */
export async function listContentAreas(): Promise<ContentArea[]> {
  const [updates, categories, newest] = await Promise.all([
    prisma.sectionUpdate.findMany(),
    prisma.category.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, name: true } }),
    prisma.article.groupBy({ by: ['categoryId'], where: { status: 'published' }, _max: { publishedAt: true } }),
  ]);
  const sectionUpdated = new Map(updates.map((row) => [row.key, row.updatedAt]));
  const categoryUpdated = new Map(newest.map((row) => [row.categoryId, row._max.publishedAt]));
  return [
    ...SECTIONS.map((section) => ({
      id: `section:${section.key}`,
      label: section.label,
      publicPath: section.path,
      editorPath: SECTION_EDITOR_PATHS[section.key] ?? null,
      lastUpdated: sectionUpdated.get(section.key) ?? null,
    })),
    ...categories.map((category) => ({
      id: `category:${category.slug}`,
      label: category.name,
      publicPath: `/chuyen-muc/${category.slug}`,
      editorPath: `/quan-tri?chuyen-muc=${encodeURIComponent(category.id)}`,
      lastUpdated: categoryUpdated.get(category.id) ?? null,
    })),
  ];
}

/** The sections and categories not updated for more than the staleAfterDays setting, for the editors' dashboard. */
export async function getStaleSections(now = new Date()): Promise<{ staleAfterDays: number; areas: StaleArea[] }> {
  const [settings, areas] = await Promise.all([getSiteSettings(), listContentAreas()]);
  const staleAfterDays = parseStaleAfterDays(settings.staleAfterDays.value);
  return { staleAfterDays, areas: findStaleAreas(areas, now, staleAfterDays) };
}
