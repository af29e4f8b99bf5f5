import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import type { DocumentFormInput } from '@/lib/validation/legal-document';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { documentFilterOptions, findDocuments } from './registry-query';
import { NO_DOCUMENT_FILTERS, parseDocumentFilters } from './document-filters';
import { deleteDocument, restoreDocumentRevision, writeDocument } from './write-document';

let database: TestDatabaseWithClient;
let db: PrismaClient;
let editor: Actor;
let contributor: Actor;
let pdfId: string;

beforeAll(async () => {
  database = await createTestDatabaseWithClient();
  db = database.prisma;
  const [e, c] = await Promise.all([
    db.user.create({ data: { email: 'bientap@example.vn', name: 'Biên Tập', passwordHash: 'x', role: 'editor' } }),
    db.user.create({ data: { email: 'congtac@example.vn', name: 'Cộng Tác', passwordHash: 'x', role: 'contributor' } }),
  ]);
  editor = { id: e.id, role: 'editor' };
  contributor = { id: c.id, role: 'contributor' };
  pdfId = (await db.media.create({ data: { storageKey: 'documents/2026/11/a.pdf', originalName: 'qd.pdf', mimeType: 'application/pdf', byteSize: 900 } })).id;
});

afterAll(async () => database?.dispose());

let counter = 0;
function form(overrides: Partial<DocumentFormInput> = {}): DocumentFormInput {
  counter += 1;
  return {
    id: '',
    version: 0,
    number: `${counter}/2026/QĐ-UBND`,
    issuedAt: new Date('2026-03-11T17:00:00Z'),
    issuer: 'UBND phường Phước Hưng',
    docType: 'Quyết định',
    field: 'Tiếp công dân',
    summary: `Về việc ban hành quy chế số ${counter}`,
    inForce: true,
    slug: '',
    fileId: pdfId,
    bodyHtml: '',
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

const sectionUpdatedAt = async () => (await db.sectionUpdate.findUnique({ where: { key: 'van-ban' } }))?.updatedAt ?? null;

describe('writing a document', () => {
  it('creates a draft with a slug from its number and summary, its search text, a revision and an audit entry', async () => {
    const before = await sectionUpdatedAt();
    const { document, publicPaths } = await writeDocument(
      db,
      editor,
      form({ number: '12/2026/QĐ-UBND', summary: 'Quy chế tiếp công dân', bodyHtml: '<p onclick="x()">Điều 1<script>alert(1)</script></p>' }),
      'save',
    );
    expect(document).toMatchObject({ version: 1, status: 'draft', slug: '12-2026-qd-ubnd-quy-che-tiep-cong-dan', publishedAt: null });
    expect(publicPaths).toBeNull();
    const stored = await db.legalDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(stored.bodyHtml).toBe('<p>Điều 1</p>');
    expect(stored.searchText).toBe(' quyet dinh 12 2026 qd ubnd quy che tiep cong dan ');
    const revisions = await db.contentRevision.findMany({ where: { entityType: 'document', entityId: document.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, authorId: editor.id, note: 'Tạo văn bản' });
    expect(JSON.parse(revisions[0].data)).toMatchObject({ number: '12/2026/QĐ-UBND', fileId: pdfId, issuedAt: '2026-03-11T17:00:00.000Z' });
    const log = await db.auditLog.findMany({ where: { targetType: 'document', targetId: document.id } });
    expect(log.map((entry) => entry.action)).toEqual(['document.create']);
    // a draft is nobody's business yet: the registry's "last updated" does not move
    expect(await sectionUpdatedAt()).toEqual(before);
  });

  it('publishes: touches the section in the same transaction and names the pages to refresh', async () => {
    const created = await writeDocument(db, editor, form(), 'save');
    const now = new Date('2026-11-20T03:00:00Z');
    const { document, publicPaths } = await writeDocument(db, editor, form({ id: created.document.id, version: 1, slug: 'quy-che-moi' }), 'publish', now);
    expect(document).toMatchObject({ version: 2, status: 'published', slug: 'quy-che-moi', publishedAt: now.toISOString() });
    expect(publicPaths).toEqual(['/van-ban/' + created.document.slug, '/van-ban/quy-che-moi', '/van-ban/trang/2']);
    expect(await sectionUpdatedAt()).toEqual(now);
    const section = await db.sectionUpdate.findUniqueOrThrow({ where: { key: 'van-ban' } });
    expect(section.updatedById).toBe(editor.id);
    const actions = (await db.auditLog.findMany({ where: { targetId: document.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['document.create', 'document.publish']);

    // unpublish: back to a draft, the public pages refreshed once more, the date of first publication kept
    const later = new Date('2026-11-21T03:00:00Z');
    const unpublished = await writeDocument(db, editor, form({ id: document.id, version: 2, slug: 'quy-che-moi' }), 'unpublish', later);
    expect(unpublished.document).toMatchObject({ status: 'draft', publishedAt: now.toISOString() });
    expect(unpublished.publicPaths).toContain('/van-ban/quy-che-moi');
    expect(await sectionUpdatedAt()).toEqual(later);
    // once public, its address stays even when the slug is left empty and the summary changes
    const again = await writeDocument(db, editor, form({ id: document.id, version: 3, summary: 'Trích yếu khác hẳn' }), 'save');
    expect(again.document.slug).toBe('quy-che-moi');
  });

  it('refuses to publish a document with neither a PDF nor its text', async () => {
    const error = await rejection(writeDocument(db, editor, form({ fileId: null, bodyHtml: '<p> </p>' }), 'publish'));
    expect(error.fieldErrors?.fileId).toMatch(/tệp PDF/);
    const withText = await writeDocument(db, editor, form({ fileId: null, bodyHtml: '<p>Toàn văn.</p>' }), 'publish');
    expect(withText.document.status).toBe('published');
  });

  it('refuses a file that is not a stored PDF, a slug another document has, and a contributor', async () => {
    const image = await db.media.create({ data: { storageKey: 'uploads/x.png', originalName: 'x.png', mimeType: 'image/png', byteSize: 10 } });
    expect((await rejection(writeDocument(db, editor, form({ fileId: image.id }), 'save'))).fieldErrors?.fileId).toMatch(/tải tệp lên lại/);
    expect((await rejection(writeDocument(db, editor, form({ fileId: 'khong-co' }), 'save'))).fieldErrors?.fileId).toBeDefined();
    await writeDocument(db, editor, form({ slug: 'da-co' }), 'save');
    expect((await rejection(writeDocument(db, editor, form({ slug: 'da-co' }), 'save'))).fieldErrors?.slug).toMatch(/văn bản khác dùng/);
    expect((await rejection(writeDocument(db, contributor, form(), 'save'))).code).toBe('forbidden');
  });

  it('numbers a generated slug that is already taken', async () => {
    const first = await writeDocument(db, editor, form({ number: '7/TB-UBND', summary: 'Lịch tiếp dân' }), 'save');
    const second = await writeDocument(db, editor, form({ number: '7/TB-UBND', summary: 'Lịch tiếp dân' }), 'save');
    expect(first.document.slug).toBe('7-tb-ubnd-lich-tiep-dan');
    expect(second.document.slug).toBe('7-tb-ubnd-lich-tiep-dan-2');
  });

  it('refuses a save from a stale tab, saying who saved last, and writes nothing of it', async () => {
    const { document } = await writeDocument(db, editor, form({ summary: 'Bản đầu' }), 'save');
    await writeDocument(db, editor, form({ id: document.id, version: 1, summary: 'Bản thứ hai' }), 'save');
    const error = await rejection(writeDocument(db, editor, form({ id: document.id, version: 1, summary: 'Từ thẻ cũ' }), 'save'));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/thẻ hoặc thiết bị khác \(lúc .+, bởi Biên Tập\)/);
    expect((await db.legalDocument.findUniqueOrThrow({ where: { id: document.id } })).summary).toBe('Bản thứ hai');
  });

  it('clears the sample mark when an editor saves a sample document', async () => {
    const { document } = await writeDocument(db, editor, form(), 'publish');
    await db.legalDocument.update({ where: { id: document.id }, data: { isSample: true } });
    await writeDocument(db, editor, form({ id: document.id, version: document.version, slug: document.slug }), 'save');
    expect((await db.legalDocument.findUniqueOrThrow({ where: { id: document.id } })).isSample).toBe(false);
  });
});

describe('restoring a revision and deleting', () => {
  it('puts an earlier version back as a new one, keeping the slug and status', async () => {
    const { document } = await writeDocument(db, editor, form({ summary: 'Trích yếu ban đầu', inForce: true }), 'publish');
    const edited = await writeDocument(db, editor, form({ id: document.id, version: 1, slug: document.slug, summary: 'Trích yếu đã sửa', inForce: false }), 'save');
    const [, firstRevision] = await db.contentRevision.findMany({ where: { entityType: 'document', entityId: document.id }, orderBy: { version: 'desc' } });

    const stale = await rejection(restoreDocumentRevision(db, editor, { id: document.id, revisionId: firstRevision.id, version: 1 }));
    expect(stale.code).toBe('conflict');

    const restored = await restoreDocumentRevision(db, editor, { id: document.id, revisionId: firstRevision.id, version: edited.document.version });
    expect(restored.restoredVersion).toBe(1);
    expect(restored.document).toMatchObject({ version: 3, status: 'published', slug: document.slug });
    expect(restored.publicPaths).toContain(`/van-ban/${document.slug}`);
    const stored = await db.legalDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(stored).toMatchObject({ summary: 'Trích yếu ban đầu', inForce: true });
    expect(stored.searchText).toContain(' trich yeu ban dau ');
    const latest = await db.contentRevision.findFirstOrThrow({ where: { entityType: 'document', entityId: document.id }, orderBy: { version: 'desc' } });
    expect(latest).toMatchObject({ version: 3, note: 'Khôi phục phiên bản 1' });
    expect(await db.auditLog.count({ where: { targetId: document.id, action: 'document.revision-restore' } })).toBe(1);
    const otherDocument = await writeDocument(db, editor, form(), 'save');
    expect((await rejection(restoreDocumentRevision(db, editor, { id: otherDocument.document.id, revisionId: firstRevision.id, version: 1 }))).code).toBe('not-found');
  });

  it('deletes a document with its revisions, logs it and refreshes the registry if it was public', async () => {
    const { document } = await writeDocument(db, editor, form({ number: '99/QĐ-UBND' }), 'publish');
    expect((await rejection(deleteDocument(db, editor, { id: document.id, version: 0 + 5 }))).code).toBe('conflict');
    const now = new Date('2026-11-25T01:00:00Z');
    const { publicPaths } = await deleteDocument(db, editor, { id: document.id, version: document.version }, now);
    expect(publicPaths).toContain(`/van-ban/${document.slug}`);
    expect(await db.legalDocument.findUnique({ where: { id: document.id } })).toBeNull();
    expect(await db.contentRevision.count({ where: { entityType: 'document', entityId: document.id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: document.id, action: 'document.delete' } });
    expect(JSON.parse(entry.detail)).toMatchObject({ number: '99/QĐ-UBND', status: 'published' });
    expect(await sectionUpdatedAt()).toEqual(now);
    expect((await rejection(deleteDocument(db, editor, { id: document.id, version: 1 }))).code).toBe('not-found');
    expect((await rejection(deleteDocument(db, contributor, { id: 'x', version: 1 }))).code).toBe('forbidden');
  });
});

describe('the registry query', () => {
  it('lists published documents newest first and finds them by number, words and filters, on this database', async () => {
    const ids: string[] = [];
    const add = async (overrides: Partial<DocumentFormInput>) => ids.push((await writeDocument(db, editor, form(overrides), 'publish')).document.id);
    await add({ number: '31/2025/QĐ-UBND', docType: 'Quyết định', summary: 'Quy định về quản lý chợ', field: 'Thương mại', issuedAt: new Date('2025-06-01T17:00:00Z') });
    await add({ number: '310/KH-UBND', docType: 'Kế hoạch', summary: 'Kế hoạch thu gom rác thải sinh hoạt', field: 'Môi trường', issuedAt: new Date('2026-10-01T17:00:00Z') });
    await writeDocument(db, editor, form({ number: '31/2026/QĐ-UBND', summary: 'Bản nháp về rác thải' }), 'save');

    const search = async (params: Record<string, string>) => {
      const page = await findDocuments(db, { filters: parseDocumentFilters(params), status: 'published', page: 1, pageSize: 100 });
      return page.documents.filter((d) => ids.includes(d.id)).map((d) => d.number);
    };
    expect(await search({ q: '31/2025/QĐ-UBND' })).toEqual(['31/2025/QĐ-UBND']);
    expect(await search({ q: 'quyet dinh 31' })).toEqual(['31/2025/QĐ-UBND']);
    expect(await search({ q: 'RÁC THẢI' })).toEqual(['310/KH-UBND']);
    expect(await search({ q: 'rac thai', loai: 'Quyết định' })).toEqual([]);
    expect(await search({ nam: '2025' })).toEqual(['31/2025/QĐ-UBND']);
    expect(await search({ 'linh-vuc': 'Môi trường' })).toEqual(['310/KH-UBND']);
    expect(await search({})).toEqual(['310/KH-UBND', '31/2025/QĐ-UBND']);

    const all = await findDocuments(db, { filters: NO_DOCUMENT_FILTERS, status: 'published', page: 1, pageSize: 2 });
    expect(all.documents).toHaveLength(2);
    expect(all.totalPages).toBe(Math.ceil(all.total / 2));
    expect(all.documents[0].fileSize).toBe(900);

    const options = await documentFilterOptions(db, 'published');
    expect(options.years).toEqual([2026, 2025]);
    expect(options.docTypes.indexOf('Quyết định')).toBeLessThan(options.docTypes.indexOf('Kế hoạch'));
    expect(options.fields).toContain('Thương mại');
  });
});
