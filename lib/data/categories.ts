import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { isValidSlug } from '@/lib/text/slugify';

export type CategorySummary = { id: string; slug: string; name: string; description: string };

/** Categories in navigation order. */
export const getNavigationCategories = cache(async (): Promise<CategorySummary[]> => {
  return prisma.category.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, description: true },
  });
});

/** A category by slug, or null. Shared by the page and its metadata. */
export const getCategoryBySlug = cache(async (slug: string): Promise<CategorySummary | null> => {
  // Not a slug the portal could have made (a null byte, say, which PostgreSQL refuses): no such page.
  if (!isValidSlug(slug)) return null;
  return prisma.category.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
});
