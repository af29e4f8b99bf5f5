import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ArticleSearchIndex } from './search-index';

/**
 * Ranking reads every match's document, and a word such as "phường" is in nearly every
 * article, so a query ranks the RANKED_MATCHES most recent matching articles only, as on
 * SQLite: four times what anyone can page through (MAX_SEARCH_PAGE).
 */
export const RANKED_MATCHES = 2000;

// ts_rank weights of the labels D, C, B, A: body, (unused), summary, title. ts_rank adds up
// every occurrence, so the body weighs little: as with SQLite's bm25 (10, 4, 1, which
// saturates on repeated words), one match in the summary outranks a word repeated all
// through a long body, and a title match outranks both. Normalization 1 (divide by
// 1 + log of the document length) keeps a long body from winning by repetition alone.
const RANK_WEIGHTS = '{0.02, 0.05, 0.4, 1.0}';

/**
 * The index of prisma/migrations-postgresql/*_article_search ("ArticleSearch", one row per
 * published article, kept in sync with "Article" by triggers). Terms arrive folded by
 * lib/search/fold.ts; the database folds them once more with the function that folded the
 * documents, so both sides split words the same way, and every term is needed (&).
 */
export function createPostgresqlSearchIndex(prisma: PrismaClient): ArticleSearchIndex {
  return {
    async find(terms, { limit, offset, countUpTo }) {
      if (terms.length === 0) return { articleIds: [], total: 0, exact: true };
      const text = terms.join(' ');
      // counting stops past countUpTo, like on SQLite
      const [{ counted }] = await prisma.$queryRaw<{ counted: number | bigint }[]>`
        SELECT count(*) AS "counted" FROM (
          SELECT 1 FROM "ArticleSearch"
          WHERE "document" @@ plainto_tsquery('simple'::regconfig, "article_search_fold"(${text}))
          LIMIT ${countUpTo + 1}
        ) AS matches`;
      const exact = Number(counted) <= countUpTo;
      const total = Math.min(Number(counted), countUpTo);
      if (total <= offset) return { articleIds: [], total, exact };
      const rows = await prisma.$queryRaw<{ articleId: string }[]>`
        WITH query AS (SELECT plainto_tsquery('simple'::regconfig, "article_search_fold"(${text})) AS q),
        recent AS (
          SELECT s."articleId", s."publishedAt", s."document"
          FROM "ArticleSearch" s, query
          WHERE s."document" @@ query.q
          ORDER BY s."publishedAt" DESC NULLS LAST, s."articleId" DESC
          LIMIT ${RANKED_MATCHES}
        )
        SELECT r."articleId" AS "articleId"
        FROM recent r, query
        ORDER BY ts_rank(${RANK_WEIGHTS}::float4[], r."document", query.q, 1) DESC, r."publishedAt" DESC NULLS LAST, r."articleId" DESC
        LIMIT ${limit} OFFSET ${offset}`;
      return { articleIds: rows.map((row) => row.articleId), total, exact };
    },
  };
}
