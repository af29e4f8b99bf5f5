import type { EditorDocument } from '@/lib/data/editor-documents';
import { DEFAULT_DOCUMENT_ISSUER } from '@/lib/domain/legal-documents';
import { toSiteIsoString } from '@/lib/text/format-date';
import type { DocumentFormInitial } from './document-form';

/** What the form opens with: an existing document, or a new one with sensible defaults. */
export function documentFormInitial(document: EditorDocument | null): DocumentFormInitial {
  if (!document) {
    return {
      id: '',
      version: 0,
      status: 'draft',
      isSample: false,
      everPublished: false,
      slug: '',
      number: '',
      issuedAt: '',
      issuer: DEFAULT_DOCUMENT_ISSUER,
      docType: '',
      field: '',
      summary: '',
      inForce: true,
      bodyHtml: '',
      file: null,
    };
  }
  return {
    id: document.id,
    version: document.version,
    status: document.status,
    isSample: document.isSample,
    everPublished: document.publishedAt !== null,
    slug: document.slug,
    number: document.number,
    issuedAt: toSiteIsoString(document.issuedAt).slice(0, 10),
    issuer: document.issuer,
    docType: document.docType,
    field: document.field,
    summary: document.summary,
    inForce: document.inForce,
    bodyHtml: document.bodyHtml,
    file: document.file,
  };
}
