import { recordContentRevision } from '@/lib/content/content-revisions';
import type { Db } from '@/lib/db/types';
import { excerpt } from '@/lib/html/excerpt';

/** The fields a revision of a document keeps: everything an editor typed, as saved. */
export type DocumentRevisionData = {
  slug: string;
  number: string;
  /** ISO instant */
  issuedAt: string;
  issuer: string;
  docType: string;
  field: string;
  summary: string;
  inForce: boolean;
  fileId: string | null;
  bodyHtml: string;
  status: string;
};

type DocumentRow = Omit<DocumentRevisionData, 'issuedAt'> & { id: string; version: number; issuedAt: Date };

export function toRevisionData(document: DocumentRow): DocumentRevisionData {
  return {
    slug: document.slug,
    number: document.number,
    issuedAt: document.issuedAt.toISOString(),
    issuer: document.issuer,
    docType: document.docType,
    field: document.field,
    summary: document.summary,
    inForce: document.inForce,
    fileId: document.fileId,
    bodyHtml: document.bodyHtml,
    status: document.status,
  };
}

/** Keeps a full copy of the document as saved. Pass the save's transaction. */
export async function recordDocumentRevision(db: Db, document: DocumentRow, authorId: string | null, note: string): Promise<void> {
  await recordContentRevision(db, {
    entityType: 'document',
    entityId: document.id,
    version: document.version,
    title: excerpt(`${document.number} – ${document.summary}`, 300),
    data: toRevisionData(document),
    authorId,
    note,
  });
}
