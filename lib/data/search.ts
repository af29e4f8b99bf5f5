import 'server-only';
import { prisma } from '@/lib/db/client';
import { databaseKind } from '@/lib/db/database-url';
import { searchArticles, type ArticleSearchResults } from '@/lib/search/search-articles';
import type { ArticleSearchIndex } from '@/lib/search/search-index';
import { createPostgresqlSearchIndex } from '@/lib/search/postgresql-search-index';
import { createSqliteSearchIndex } from '@/lib/search/sqlite-search-index';

let index: ArticleSearchIndex | undefined;

// The one place that picks the database's full-text index.
function searchIndex(): ArticleSearchIndex {
  if (index) return index;
  index = databaseKind() === 'postgresql' ? createPostgresqlSearchIndex(prisma) : createSqliteSearchIndex(prisma);
  return index;
}

/** Published articles matching a reader's query, one page of them, ready to display. */
export async function searchPublishedArticles(query: string, page: number): Promise<ArticleSearchResults> {
  return searchArticles(prisma, searchIndex(), query, page);
}
