import type { Db } from '@/lib/db/types';
import { DOCUMENT_TYPES, DOCUMENTS_PER_PAGE, type DocumentStatus } from '@/lib/domain/legal-documents';
import { SITE_TIME_ZONE } from '@/lib/text/format-date';
import { documentFilterWhere, type DocumentFilters } from './document-filters';

/** One row of the registry. */
export type DocumentListItem = {
  id: string;
  slug: string;
  number: string;
  issuedAt: Date;
  issuer: string;
  docType: string;
  field: string;
  summary: string;
  inForce: boolean;
  status: string;
  isSample: boolean;
  updatedAt: Date;
  /** the attached PDF's size, or null without one */
  fileSize: number | null;
};

export type DocumentPage = {
  documents: DocumentListItem[];
  page: number;
  totalPages: number;
  total: number;
};

const listSelect = {
  id: true,
  slug: true,
  number: true,
  issuedAt: true,
  issuer: true,
  docType: true,
  field: true,
  summary: true,
  inForce: true,
  status: true,
  isSample: true,
  updatedAt: true,
  file: { select: { byteSize: true } },
} as const;

/** Newest first: by date of issue, then the latest entered. */
export const DOCUMENT_ORDER = [{ issuedAt: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] as const;

/** One page of the documents matching `filters` (and `status`, if given). */
export async function findDocuments(
  db: Db,
  { filters, status, page, pageSize = DOCUMENTS_PER_PAGE }: { filters: DocumentFilters; status?: DocumentStatus | ''; page: number; pageSize?: number },
): Promise<DocumentPage> {
  const where = documentFilterWhere(filters, status);
  const [total, rows] = await Promise.all([
    db.legalDocument.count({ where }),
    db.legalDocument.findMany({ where, orderBy: [...DOCUMENT_ORDER], skip: (page - 1) * pageSize, take: pageSize, select: listSelect }),
  ]);
  return {
    documents: rows.map(({ file, ...row }) => ({ ...row, fileSize: file?.byteSize ?? null })),
    page,
    totalPages: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}

export type DocumentFilterOptions = { docTypes: string[]; fields: string[]; issuers: string[]; years: number[] };

const yearFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: SITE_TIME_ZONE, year: 'numeric' });

/** The values the filter form offers: only those some document (of `status`) has, so no choice finds nothing. */
export async function documentFilterOptions(db: Db, status?: DocumentStatus): Promise<DocumentFilterOptions> {
  const rows = await db.legalDocument.findMany({
    where: status ? { status } : {},
    select: { docType: true, field: true, issuer: true, issuedAt: true },
  });
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'vi'));
  const typeOrder = (type: string) => {
    const index = (DOCUMENT_TYPES as readonly string[]).indexOf(type);
    return index === -1 ? DOCUMENT_TYPES.length : index;
  };
  return {
    docTypes: sorted(rows.map((row) => row.docType)).sort((a, b) => typeOrder(a) - typeOrder(b)),
    fields: sorted(rows.map((row) => row.field)),
    issuers: sorted(rows.map((row) => row.issuer)),
    years: [...new Set(rows.map((row) => Number(yearFormatter.format(row.issuedAt))))].sort((a, b) => b - a),
  };
}
