import 'server-only';
import { listContentRevisions, readContentRevision } from '@/lib/content/content-revisions';
import { prisma } from '@/lib/db/client';
import type { DocumentFilters } from '@/lib/documents/document-filters';
import type { DocumentRevisionData } from '@/lib/documents/document-revisions';
import { documentFilterOptions, findDocuments } from '@/lib/documents/registry-query';
import { isDocumentStatus, type DocumentStatus } from '@/lib/domain/legal-documents';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';

export const EDITOR_DOCUMENTS_PER_PAGE = 20;

/** The editor area's list: every document, drafts included, newest issued first. */
export function listEditorDocuments(filters: DocumentFilters, status: DocumentStatus | '', page: number) {
  return findDocuments(prisma, { filters, status, page, pageSize: EDITOR_DOCUMENTS_PER_PAGE });
}

/** The values of the list's filters, from every document whatever its status. */
export function getEditorDocumentFilterOptions() {
  return documentFilterOptions(prisma);
}

export type EditorDocument = {
  id: string;
  version: number;
  slug: string;
  number: string;
  issuedAt: Date;
  issuer: string;
  docType: string;
  field: string;
  summary: string;
  inForce: boolean;
  bodyHtml: string;
  status: DocumentStatus;
  isSample: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
  file: { id: string; name: string; byteSize: number } | null;
};

/** A document for its form, or null. */
export async function getEditorDocument(id: string): Promise<EditorDocument | null> {
  const row = await prisma.legalDocument.findUnique({
    where: { id },
    include: { file: { select: { id: true, originalName: true, byteSize: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    slug: row.slug,
    number: row.number,
    issuedAt: row.issuedAt,
    issuer: row.issuer,
    docType: row.docType,
    field: row.field,
    summary: row.summary,
    inForce: row.inForce,
    bodyHtml: sanitizeArticleHtml(row.bodyHtml),
    status: isDocumentStatus(row.status) ? row.status : 'draft',
    isSample: row.isSample,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    file: row.file ? { id: row.file.id, name: row.file.originalName, byteSize: row.file.byteSize } : null,
  };
}

/** A document's saved versions, newest first, with who saved each. */
export async function getDocumentHistory(id: string) {
  const rows = await listContentRevisions(prisma, 'document', id);
  return rows.map((row) => ({ id: row.id, version: row.version, title: row.title, note: row.note, createdAt: row.createdAt, authorName: row.author?.name ?? null }));
}

/** One saved version of a document, with its fields, or null. */
export async function getDocumentRevision(id: string, revisionId: string) {
  const revision = await readContentRevision<DocumentRevisionData>(prisma, 'document', id, revisionId);
  if (!revision) return null;
  const [author, file] = await Promise.all([
    revision.authorId ? prisma.user.findUnique({ where: { id: revision.authorId }, select: { name: true } }) : null,
    revision.data.fileId ? prisma.media.findUnique({ where: { id: revision.data.fileId }, select: { originalName: true, byteSize: true } }) : null,
  ]);
  return {
    id: revision.id,
    version: revision.version,
    note: revision.note,
    createdAt: revision.createdAt,
    authorName: author?.name ?? null,
    data: { ...revision.data, bodyHtml: sanitizeArticleHtml(revision.data.bodyHtml) },
    file: file ? { name: file.originalName, byteSize: file.byteSize } : null,
  };
}
