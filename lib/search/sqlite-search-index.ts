import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ArticleSearchIndex } from './search-index';

// bm25 weights of the indexed columns: title, summary, body.
const TITLE_WEIGHT = 10;
const SUMMARY_WEIGHT = 4;
const BODY_WEIGHT = 1;

/**
 * An FTS5 query that needs every term: each is quoted, so that words such as NEAR, OR or
 * NOT and characters such as * or " in a reader's query are never read as query syntax.
 */
export function toFtsQuery(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}

/**
 * The FTS5 index of prisma/migrations/*_article_search ("ArticleSearch", kept in sync with
 * "Article" by triggers; only published articles are in it).
 */
export function createSqliteSearchIndex(prisma: PrismaClient): ArticleSearchIndex {
  return {
    async find(terms, { limit, offset }) {
      if (terms.length === 0) return { articleIds: [], total: 0 };
      const match = toFtsQuery(terms);
      const rows = await prisma.$queryRaw<{ articleId: string }[]>`
        SELECT d."articleId" AS "articleId"
        FROM "ArticleSearch"
        JOIN "ArticleSearchDoc" d ON d."docId" = "ArticleSearch".rowid
        WHERE "ArticleSearch" MATCH ${match}
        ORDER BY bm25("ArticleSearch", ${TITLE_WEIGHT}, ${SUMMARY_WEIGHT}, ${BODY_WEIGHT}), d."publishedAt" DESC, d."docId" DESC
        LIMIT ${limit} OFFSET ${offset}`;
      // The count is only needed for the page links; on a first page with fewer hits than
      // a page holds, the hits are the count.
      const total =
        offset === 0 && rows.length < limit
          ? rows.length
          : Number(
              (
                await prisma.$queryRaw<{ total: number | bigint }[]>`
                  SELECT count(*) AS "total" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}`
              )[0]?.total ?? 0,
            );
      return { articleIds: rows.map((row) => row.articleId), total };
    },
  };
}
