import { isDocumentStatus, type DocumentStatus } from '@/lib/domain/legal-documents';
import { MAX_QUERY_LENGTH } from '@/lib/search/fold';
import { siteLocalToDate } from '@/lib/text/format-date';
import { documentSearchPatterns } from './document-search';

/** What the registry can be narrowed by; '' (or null) means "any". */
export type DocumentFilters = {
  query: string;
  docType: string;
  field: string;
  issuer: string;
  year: number | null;
};

export const NO_DOCUMENT_FILTERS: DocumentFilters = { query: '', docType: '', field: '', issuer: '', year: null };

/** The filter form's field names, in the URL (/van-ban/tra-cuu?q=…&loai=…). */
export const DOCUMENT_FILTER_PARAMS = { query: 'q', docType: 'loai', field: 'linh-vuc', issuer: 'co-quan', year: 'nam', page: 'trang' } as const;

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined, maxLength = 200): string {
  // control characters (a null byte, which PostgreSQL refuses in text) are never part of a filter
  return ((Array.isArray(value) ? value[0] : value) ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, maxLength);
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

/** The filters of a request's query string, anything malformed read as "any". */
export function parseDocumentFilters(params: SearchParams): DocumentFilters {
  const year = Number(first(params[DOCUMENT_FILTER_PARAMS.year], 4));
  return {
    query: first(params[DOCUMENT_FILTER_PARAMS.query], MAX_QUERY_LENGTH),
    docType: first(params[DOCUMENT_FILTER_PARAMS.docType]),
    field: first(params[DOCUMENT_FILTER_PARAMS.field]),
    issuer: first(params[DOCUMENT_FILTER_PARAMS.issuer]),
    year: Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null,
  };
}

/** A page number from the query string: a whole number ≥ 1, else 1. */
export function parseDocumentPage(params: SearchParams): number {
  const value = first(params[DOCUMENT_FILTER_PARAMS.page], 6);
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

export function hasDocumentFilters(filters: DocumentFilters): boolean {
  return Boolean(filters.query || filters.docType || filters.field || filters.issuer || filters.year);
}

/** The query string of the filters (and page), for links: "q=…&loai=…&trang=2". */
export function documentFilterQuery(filters: DocumentFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.query) query.set(DOCUMENT_FILTER_PARAMS.query, filters.query);
  if (filters.docType) query.set(DOCUMENT_FILTER_PARAMS.docType, filters.docType);
  if (filters.field) query.set(DOCUMENT_FILTER_PARAMS.field, filters.field);
  if (filters.issuer) query.set(DOCUMENT_FILTER_PARAMS.issuer, filters.issuer);
  if (filters.year) query.set(DOCUMENT_FILTER_PARAMS.year, String(filters.year));
  if (page > 1) query.set(DOCUMENT_FILTER_PARAMS.page, String(page));
  return query.toString();
}

/**
 * The filters as a Prisma `where` (to combine with a status condition). A year is a
 * calendar year in the ward's time zone; every query word must be found (see
 * documentSearchPatterns). searchText is stored folded, so a plain `contains` works the
 * same on SQLite and PostgreSQL.
 */
export function documentFilterWhere(filters: DocumentFilters, status?: DocumentStatus | '') {
  const patterns = documentSearchPatterns(filters.query);
  return {
    ...(status && isDocumentStatus(status) ? { status } : {}),
    ...(filters.docType ? { docType: filters.docType } : {}),
    ...(filters.field ? { field: filters.field } : {}),
    ...(filters.issuer ? { issuer: filters.issuer } : {}),
    ...(filters.year
      ? { issuedAt: { gte: siteLocalToDate(`${filters.year}-01-01`), lt: siteLocalToDate(`${filters.year + 1}-01-01`) } }
      : {}),
    ...(patterns.length ? { AND: patterns.map((pattern) => ({ searchText: { contains: pattern } })) } : {}),
  };
}
