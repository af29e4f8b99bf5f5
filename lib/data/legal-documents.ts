import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { documentFileName } from '@/lib/documents/pdf-file';
import { documentFilterOptions, findDocuments, DOCUMENT_ORDER, type DocumentFilterOptions, type DocumentListItem, type DocumentPage } from '@/lib/documents/registry-query';
import { NO_DOCUMENT_FILTERS, type DocumentFilters } from '@/lib/documents/document-filters';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { prerenderedArticleCount } from '@/lib/site';
import { isValidSlug } from '@/lib/text/slugify';

export type { DocumentFilterOptions, DocumentListItem, DocumentPage };

const PUBLISHED = { status: 'published' } as const;

/** One page of the public registry, newest first, narrowed by `filters` (none for /van-ban itself). */
export function getPublishedDocumentPage(page: number, filters: DocumentFilters = NO_DOCUMENT_FILTERS): Promise<DocumentPage> {
  return findDocuments(prisma, { filters, status: 'published', page });
}

/** What the public filter form offers: the types, fields, issuers and years of published documents. */
export function getPublishedDocumentFilterOptions(): Promise<DocumentFilterOptions> {
  return documentFilterOptions(prisma, 'published');
}

/** Slugs of the documents prerendered at build time (the most recent ones); older ones render on first request. */
export async function getRecentDocumentSlugs(limit = prerenderedArticleCount()): Promise<string[]> {
  const rows = await prisma.legalDocument.findMany({ where: PUBLISHED, orderBy: [...DOCUMENT_ORDER], take: limit, select: { slug: true } });
  return rows.map((row) => row.slug);
}

export type DocumentDetail = Omit<DocumentListItem, 'fileSize'> & {
  /** sanitised again at render time, whatever was stored */
  bodyHtml: string;
  publishedAt: Date | null;
  file: { name: string; byteSize: number } | null;
};

/** A published document by its slug, or null. Shared by the page and its metadata. */
export const getPublishedDocumentBySlug = cache(async (slug: string): Promise<DocumentDetail | null> => {
  // Not a slug the portal could have made (a null byte, say, which PostgreSQL refuses): no such page.
  if (!isValidSlug(slug)) return null;
  const row = await prisma.legalDocument.findFirst({
    where: { ...PUBLISHED, slug },
    include: { file: { select: { originalName: true, byteSize: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    number: row.number,
    issuedAt: row.issuedAt,
    issuer: row.issuer,
    docType: row.docType,
    field: row.field,
    summary: row.summary,
    inForce: row.inForce,
    status: row.status,
    isSample: row.isSample,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    bodyHtml: row.bodyHtml ? sanitizeArticleHtml(row.bodyHtml) : '',
    file: row.file ? { name: documentFileName(row.file.originalName, row.number), byteSize: row.file.byteSize } : null,
  };
});

export type DocumentDownload = { storageKey: string; fileName: string; byteSize: number };

/** The PDF of a published document, for its download route; null for drafts and documents without one. */
export async function getPublishedDocumentFile(slug: string): Promise<DocumentDownload | null> {
  if (!isValidSlug(slug)) return null;
  const row = await prisma.legalDocument.findFirst({
    where: { ...PUBLISHED, slug },
    select: { number: true, file: { select: { storageKey: true, originalName: true, byteSize: true, mimeType: true } } },
  });
  if (!row?.file || row.file.mimeType !== 'application/pdf') return null;
  return { storageKey: row.file.storageKey, fileName: documentFileName(row.file.originalName, row.number), byteSize: row.file.byteSize };
}
