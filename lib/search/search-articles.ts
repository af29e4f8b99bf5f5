import type { PrismaClient } from '@/lib/generated/prisma/client';
import { excerpt, htmlToText } from '@/lib/html/excerpt';
import { foldForSearch, searchTerms } from './fold';
import { highlightMatches, matchingPassage, type TextSegment } from './highlight';
import type { ArticleSearchIndex } from './search-index';

/** Results on one page of /tim-kiem. */
export const SEARCH_RESULTS_PER_PAGE = 10;
/** Pages past this one are not served: nobody reads them, and deep offsets cost the index. */
export const MAX_SEARCH_PAGE = 50;
/** Matches beyond the last page are not counted: the page says "more than 500". */
export const MAX_SEARCH_RESULTS = MAX_SEARCH_PAGE * SEARCH_RESULTS_PER_PAGE;

export type ArticleSearchHit = {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date;
  category: { slug: string; name: string };
  /** the title with the matching words marked */
  titleSegments: TextSegment[];
  /** a passage of the summary or body around the first match, matching words marked */
  passageSegments: TextSegment[];
};

export type ArticleSearchResults = {
  /** the query as the reader typed it (trimmed) */
  query: string;
  /** the folded words that were searched for; empty when the query has none */
  terms: string[];
  page: number;
  totalPages: number;
  /** how many articles match; past MAX_SEARCH_RESULTS only that many, with `exact` false */
  total: number;
  exact: boolean;
  hits: ArticleSearchHit[];
};

/** Parses a page number from the query string: anything but 1…MAX_SEARCH_PAGE is page 1. */
export function parseSearchPage(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= MAX_SEARCH_PAGE ? page : 1;
}

/** Finds published articles for a reader's query and prepares them for display. */
export async function searchArticles(
  prisma: PrismaClient,
  index: ArticleSearchIndex,
  rawQuery: string,
  page = 1,
): Promise<ArticleSearchResults> {
  const query = rawQuery.trim();
  const terms = searchTerms(query);
  const empty = { query, terms, page, totalPages: 0, total: 0, exact: true, hits: [] };
  if (terms.length === 0) return empty;

  const found = await index.find(terms, {
    limit: SEARCH_RESULTS_PER_PAGE,
    offset: (page - 1) * SEARCH_RESULTS_PER_PAGE,
    countUpTo: MAX_SEARCH_RESULTS,
  });
  const totalPages = Math.ceil(found.total / SEARCH_RESULTS_PER_PAGE);
  const counts = { total: found.total, exact: found.exact, totalPages };
  if (found.articleIds.length === 0) return { ...empty, ...counts };

  const rows = await prisma.article.findMany({
    // by id alone: with a status condition too, SQLite prefers the status index and scans
    // every published article (200 ms at 100,000 articles instead of 1 ms)
    where: { id: { in: found.articleIds } },
    select: {
      id: true,
      status: true,
      slug: true,
      title: true,
      summary: true,
      bodyHtml: true,
      publishedAt: true,
      category: { select: { slug: true, name: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = found.articleIds.flatMap((id) => {
    const row = byId.get(id);
    if (row?.status !== 'published') return []; // unpublished between the two queries
    return [
      {
        id: row.id,
        slug: row.slug,
        title: row.title,
        publishedAt: row.publishedAt ?? new Date(0),
        category: row.category,
        titleSegments: highlightMatches(row.title, terms),
        passageSegments: highlightMatches(passageFor(row.summary, htmlToText(row.bodyHtml), terms), terms),
      },
    ];
  });
  return { query, terms, page, ...counts, hits };
}

// The summary when it shows a match, else the body around its first match, else the summary
// (the match was in the title).
function passageFor(summary: string, bodyText: string, terms: readonly string[]): string {
  const contains = (text: string) => {
    const folded = ` ${foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    return terms.some((term) => folded.includes(` ${term} `));
  };
  if (summary && contains(summary)) return excerpt(summary, 240);
  if (contains(bodyText)) return matchingPassage(bodyText, terms);
  return excerpt(summary || bodyText, 240);
}
