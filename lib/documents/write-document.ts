import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import { documentChangePaths } from '@/lib/cache/document-paths';
import { readContentRevision } from '@/lib/content/content-revisions';
import type { PrismaClient } from '@/lib/db/client';
import type { Db } from '@/lib/db/types';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { isDocumentStatus, type DocumentStatus } from '@/lib/domain/legal-documents';
import { excerpt, htmlToText } from '@/lib/html/excerpt';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { touchSection } from '@/lib/sections/touch-section';
import { formatDateTime } from '@/lib/text/format-date';
import type { DocumentFormInput } from '@/lib/validation/legal-document';
import { recordDocumentRevision, type DocumentRevisionData } from './document-revisions';
import { documentSearchText } from './document-search';
import { documentSlug } from './document-slug';

/** What a button of the document form asks for, besides saving what was typed. */
export type DocumentIntent = 'save' | 'publish' | 'unpublish';

/** The document's state after a write, for the form to carry on from. */
export type SavedDocument = {
  id: string;
  version: number;
  status: DocumentStatus;
  slug: string;
  publishedAt: string | null;
  updatedAt: string;
};

export type DocumentWriteResult = {
  document: SavedDocument;
  /** the public pages to refresh once the transaction has committed; null when nothing public changed */
  publicPaths: string[] | null;
};

export const DOCUMENT_NOT_FOUND_MESSAGE = 'Không tìm thấy văn bản. Có thể văn bản đã bị xóa.';

const REVISION_NOTES: Record<DocumentIntent | 'create', string> = {
  create: 'Tạo văn bản',
  save: 'Lưu',
  publish: 'Công bố',
  unpublish: 'Gỡ khỏi trang',
};

const AUDITED: Record<DocumentIntent, AuditAction> = {
  save: 'document.update',
  publish: 'document.publish',
  unpublish: 'document.unpublish',
};

function assertMayManage(actor: Actor): void {
  if (!hasPermission(actor, 'sections:manage')) {
    throw new ActionError('forbidden', 'Chỉ biên tập viên và quản trị viên mới quản lý được văn bản.');
  }
}

/**
 * Creates (no id) or saves a document and, depending on the button, publishes or
 * unpublishes it, in one transaction with a revision, an audit log entry and, when the
 * public registry changes, the section's "last updated" time. A save from a stale tab is
 * refused and nothing of it is written. The text is sanitised here, whatever the browser sent.
 */
export async function writeDocument(
  db: PrismaClient,
  actor: Actor,
  input: DocumentFormInput,
  intent: DocumentIntent,
  now = new Date(),
): Promise<DocumentWriteResult> {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    const current = input.id ? await tx.legalDocument.findUnique({ where: { id: input.id } }) : null;
    if (input.id && !current) throw new ActionError('not-found', DOCUMENT_NOT_FOUND_MESSAGE);
    if (current && current.version !== input.version) throw await staleTabError(tx, current.id);

    if (input.fileId) {
      const file = await tx.media.findUnique({ where: { id: input.fileId }, select: { mimeType: true } });
      if (!file || file.mimeType !== 'application/pdf') throw fieldError('fileId', 'Không tìm thấy tệp PDF đã tải lên. Vui lòng tải tệp lên lại.');
    }
    const bodyHtml = cleanBody(input.bodyHtml);
    const status = nextStatus(current?.status ?? null, intent);
    if (status === 'published' && !input.fileId && !bodyHtml) {
      throw new ActionError('invalid', 'Văn bản cần có tệp PDF hoặc toàn văn trước khi công bố.', {
        fileId: 'Vui lòng tải lên tệp PDF của văn bản (hoặc nhập toàn văn) trước khi công bố.',
      });
    }
    const slug = await chooseSlug(tx, current, input);

    const data = {
      slug,
      number: input.number,
      issuedAt: input.issuedAt,
      issuer: input.issuer,
      docType: input.docType,
      field: input.field,
      summary: input.summary,
      inForce: input.inForce,
      fileId: input.fileId,
      bodyHtml,
      status,
      searchText: documentSearchText(input),
      // an editor's save makes it the ward's own content, no longer a shipped sample
      isSample: false,
      publishedAt: status === 'published' ? (current?.publishedAt ?? now) : (current?.publishedAt ?? null),
    };

    let id: string;
    if (!current) {
      id = (await tx.legalDocument.create({ data })).id;
    } else {
      const updated = await tx.legalDocument.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
      // Another writer committed between our read and this write.
      if (updated.count !== 1) throw await staleTabError(tx, current.id);
      id = current.id;
    }
    const saved = await tx.legalDocument.findUniqueOrThrow({ where: { id } });

    const note = !current
      ? REVISION_NOTES.create
      : intent === 'save' && saved.status === 'published'
        ? 'Cập nhật văn bản đang công bố'
        : REVISION_NOTES[intent];
    await recordDocumentRevision(tx, saved, actor.id, note);
    const detail = { title: auditTitle(saved), number: saved.number, slug: saved.slug };
    if (!current) await writeAuditLog(tx, { action: 'document.create', actorId: actor.id, targetType: 'document', targetId: id, detail });
    if (current || intent !== 'save') {
      await writeAuditLog(tx, { action: AUDITED[intent], actorId: actor.id, targetType: 'document', targetId: id, detail });
    }

    const wasPublic = current?.status === 'published';
    const isPublic = saved.status === 'published';
    const publicPaths = wasPublic || isPublic ? await publicChange(tx, actor, [current?.slug, saved.slug], now) : null;
    return { document: toSavedDocument(saved), publicPaths };
  });
}

/** Deletes a document for good (its PDF stays in the media store, no longer served). */
export async function deleteDocument(
  db: PrismaClient,
  actor: Actor,
  input: { id: string; version: number },
  now = new Date(),
): Promise<{ publicPaths: string[] | null }> {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    const current = await tx.legalDocument.findUnique({ where: { id: input.id } });
    if (!current) throw new ActionError('not-found', DOCUMENT_NOT_FOUND_MESSAGE);
    if (current.version !== input.version) throw await staleTabError(tx, current.id);
    await tx.legalDocument.delete({ where: { id: current.id } });
    await tx.contentRevision.deleteMany({ where: { entityType: 'document', entityId: current.id } });
    await writeAuditLog(tx, {
      action: 'document.delete',
      actorId: actor.id,
      targetType: 'document',
      targetId: current.id,
      detail: { title: auditTitle(current), number: current.number, slug: current.slug, status: current.status },
    });
    const publicPaths = current.status === 'published' ? await publicChange(tx, actor, [current.slug], now) : null;
    return { publicPaths };
  });
}

/**
 * Puts an earlier revision's content back as a new revision: history is only added to.
 * The slug and the status stay as they are, so restoring words never moves or publishes
 * the document. A PDF deleted since then is not brought back: today's stays.
 */
export async function restoreDocumentRevision(
  db: PrismaClient,
  actor: Actor,
  input: { id: string; revisionId: string; version: number },
  now = new Date(),
): Promise<DocumentWriteResult & { restoredVersion: number }> {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    const current = await tx.legalDocument.findUnique({ where: { id: input.id } });
    if (!current) throw new ActionError('not-found', DOCUMENT_NOT_FOUND_MESSAGE);
    const revision = await readContentRevision<DocumentRevisionData>(tx, 'document', current.id, input.revisionId);
    if (!revision) throw new ActionError('not-found', 'Không tìm thấy phiên bản này của văn bản.');
    if (current.version !== input.version) throw await staleTabError(tx, current.id);

    const old = revision.data;
    const file = old.fileId ? await tx.media.findUnique({ where: { id: old.fileId }, select: { id: true } }) : null;
    const fileId = old.fileId ? (file?.id ?? current.fileId) : null;
    const bodyHtml = cleanBody(old.bodyHtml);
    if (current.status === 'published' && !fileId && !bodyHtml) {
      throw new ActionError('invalid', 'Phiên bản này không có tệp PDF hay toàn văn, nên không thể khôi phục khi văn bản đang công bố. Hãy gỡ văn bản khỏi trang trước.');
    }
    const fields = {
      number: old.number,
      issuedAt: new Date(old.issuedAt),
      issuer: old.issuer,
      docType: old.docType,
      field: old.field,
      summary: old.summary,
      inForce: old.inForce,
      fileId,
      bodyHtml,
    };
    const saved = await tx.legalDocument.update({
      where: { id: current.id },
      data: { ...fields, searchText: documentSearchText(fields), isSample: false, version: { increment: 1 } },
    });
    await recordDocumentRevision(tx, saved, actor.id, `Khôi phục phiên bản ${revision.version}`);
    await writeAuditLog(tx, {
      action: 'document.revision-restore',
      actorId: actor.id,
      targetType: 'document',
      targetId: saved.id,
      detail: { title: auditTitle(saved), number: saved.number, restoredVersion: revision.version },
    });
    const publicPaths = saved.status === 'published' ? await publicChange(tx, actor, [saved.slug], now) : null;
    return { document: toSavedDocument(saved), publicPaths, restoredVersion: revision.version };
  });
}

/** The registry changed: note when (in the same transaction) and name the pages to refresh. */
async function publicChange(tx: Db, actor: Actor, slugs: (string | undefined)[], now: Date): Promise<string[]> {
  await touchSection(tx, 'van-ban', actor.id, now);
  const publishedCount = await tx.legalDocument.count({ where: { status: 'published' } });
  return documentChangePaths({ slugs, publishedCount });
}

function nextStatus(current: string | null, intent: DocumentIntent): DocumentStatus {
  const status: DocumentStatus = current && isDocumentStatus(current) ? current : 'draft';
  switch (intent) {
    case 'save':
      return status;
    case 'publish':
      return 'published';
    case 'unpublish':
      if (status !== 'published') throw new ActionError('invalid', 'Văn bản này chưa được công bố nên không cần gỡ.');
      return 'draft';
  }
}

/** Sanitised HTML, or '' when nothing readable is left (an empty editor's "<p></p>"). */
function cleanBody(html: string): string {
  const clean = sanitizeArticleHtml(html).trim();
  return htmlToText(clean) || /<img\s/i.test(clean) ? clean : '';
}

/**
 * The slug the editor typed (refused if another document has it). Left empty, it is made
 * from the number and summary (numbered if taken) until the document is first published;
 * from then on its address stays.
 */
async function chooseSlug(
  tx: Db,
  current: { id: string; slug: string; publishedAt: Date | null } | null,
  input: DocumentFormInput,
): Promise<string> {
  const taken = async (slug: string) => {
    const other = await tx.legalDocument.findUnique({ where: { slug }, select: { id: true } });
    return other !== null && other.id !== current?.id;
  };
  if (input.slug) {
    if (await taken(input.slug)) throw fieldError('slug', 'Đường dẫn này đã có văn bản khác dùng. Vui lòng chọn đường dẫn khác.');
    return input.slug;
  }
  if (current?.publishedAt) return current.slug;
  const base = documentSlug(input.number, input.summary) || 'van-ban';
  for (let n = 1; n <= 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}

/** How the audit log names a document: "12/2026/QĐ-UBND – Về việc ban hành…". */
function auditTitle(document: { number: string; summary: string }): string {
  return excerpt(`${document.number} – ${document.summary}`, 160);
}

function fieldError(field: string, message: string): ActionError {
  return new ActionError('invalid', message, { [field]: message });
}

/** The refusal a stale tab gets, saying who saved last and when. */
export async function staleTabError(db: Db, documentId: string): Promise<ActionError> {
  const latest = await db.contentRevision.findFirst({
    where: { entityType: 'document', entityId: documentId },
    orderBy: { version: 'desc' },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  const by = latest ? ` (lúc ${formatDateTime(latest.createdAt)}${latest.author ? `, bởi ${latest.author.name}` : ''})` : '';
  return new ActionError(
    'conflict',
    `Văn bản đã được lưu ở một thẻ hoặc thiết bị khác${by} sau khi bạn mở trang này, nên thay đổi của bạn chưa được lưu. ` +
      'Nội dung bạn đang soạn vẫn còn trên màn hình: hãy sao chép phần cần giữ, rồi mở bản mới nhất để tiếp tục.',
  );
}

export function toSavedDocument(document: { id: string; version: number; status: string; slug: string; publishedAt: Date | null; updatedAt: Date }): SavedDocument {
  return {
    id: document.id,
    version: document.version,
    status: isDocumentStatus(document.status) ? document.status : 'draft',
    slug: document.slug,
    publishedAt: document.publishedAt?.toISOString() ?? null,
    updatedAt: document.updatedAt.toISOString(),
  };
}
