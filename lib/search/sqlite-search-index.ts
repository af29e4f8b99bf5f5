import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ArticleSearchIndex } from './search-index';

// bm25 weights of the indexed columns: title, summary, body.
const TITLE_WEIGHT = 10;
const SUMMARY_WEIGHT = 4;
const BODY_WEIGHT = 1;

/**
 * Ranking costs time in proportion to the matches (bm25 reads every match's word positions:
 * about 2 ms per 1,000 matches of a three-word query on the benchmark machine), and a word
 * such as "phường" is in nearly every article. So a query ranks the RANKED_MATCHES most
 * recent matching articles only: four times what anyone can page through (MAX_SEARCH_PAGE).
 */
export const RANKED_MATCHES = 2000;

/**
 * An FTS5 query that needs every term: each is quoted, so that words such as NEAR, OR or
 * NOT and characters such as * or " in a reader's query are never read as query syntax.
 */
export function toFtsQuery(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}

/**
 * The FTS5 index of prisma/migrations/*_article_search ("ArticleSearch", kept in sync with
 * "Article" by triggers; only published articles are in it). Its rowids follow publication
 * time, so "newest first" and "most recent matches" come from the index itself.
 */
export function createSqliteSearchIndex(prisma: PrismaClient): ArticleSearchIndex {
  return {
    async find(terms, { limit, offset, countUpTo }) {
      if (terms.length === 0) return { articleIds: [], total: 0, exact: true };
      const match = toFtsQuery(terms);
      // counting stops past countUpTo: counting all 90,000 articles with "phường" takes longer
      // than finding the page
      const [{ counted }] = await prisma.$queryRaw<{ counted: number | bigint }[]>`
        SELECT count(*) AS "counted" FROM (
          SELECT 1 FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} LIMIT ${countUpTo + 1}
        )`;
      const exact = Number(counted) <= countUpTo;
      const total = Math.min(Number(counted), countUpTo);
      if (total <= offset) return { articleIds: [], total, exact };
      // The inner query ranks index rows only; the 10 or so of the page are then joined.
      const rows = await prisma.$queryRaw<{ articleId: string }[]>`
        SELECT d."articleId" AS "articleId"
        FROM (
          SELECT rowid AS "docId", bm25("ArticleSearch", ${TITLE_WEIGHT}, ${SUMMARY_WEIGHT}, ${BODY_WEIGHT}) AS "score"
          FROM "ArticleSearch"
          WHERE "ArticleSearch" MATCH ${match}
            AND rowid >= coalesce((
              SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
              ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}
            ), -9223372036854775808)
          ORDER BY "score", rowid DESC
          LIMIT ${limit} OFFSET ${offset}
        ) AS ranked
        JOIN "ArticleSearchDoc" d ON d."docId" = ranked."docId"
        ORDER BY ranked."score", ranked."docId" DESC`;
      return { articleIds: rows.map((row) => row.articleId), total, exact };
    },
  };
}
