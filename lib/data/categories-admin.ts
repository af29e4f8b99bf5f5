import 'server-only';
import { prisma } from '@/lib/db/client';

/** Categories with how many articles (of any status) each holds, for the administrators' page. */
export async function listCategoriesWithCounts() {
  const rows = await prisma.category.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    include: { _count: { select: { articles: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    position: row.position,
    articleCount: row._count.articles,
  }));
}
