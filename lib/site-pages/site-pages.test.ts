import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { INTRO_STEP } from '@/lib/seed/seed-intro';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { restoreSitePageRevision } from './restore-site-page-revision';
import { saveSitePage } from './save-site-page';

let database: TestDatabaseWithClient;
let db: PrismaClient;
let editor: Actor;
let contributor: Actor;

beforeAll(async () => {
  database = await createTestDatabaseWithClient();
  db = database.prisma;
  const [e, c] = await Promise.all([
    db.user.create({ data: { email: 'bientap@example.vn', name: 'Lê Biên Tập', passwordHash: 'x', role: 'editor' } }),
    db.user.create({ data: { email: 'congtac@example.vn', name: 'Cộng Tác', passwordHash: 'x', role: 'contributor' } }),
  ]);
  editor = { id: e.id, role: 'editor' };
  contributor = { id: c.id, role: 'contributor' };
});

afterAll(async () => database?.dispose());

beforeEach(async () => {
  await db.contentRevision.deleteMany();
  await db.sitePage.deleteMany();
  await db.leader.deleteMany();
  await db.sectionUpdate.deleteMany();
  await db.auditLog.deleteMany();
  await db.$transaction((tx) => INTRO_STEP.run(tx));
});

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

const sectionTime = async (key: string) => (await db.sectionUpdate.findUniqueOrThrow({ where: { key } })).updatedAt;

describe('saving a site page', () => {
  it('saves the title and the sanitised body, clears the sample flag, keeps a revision, and records the change', async () => {
    const before = await sectionTime('gioi-thieu');
    const result = await saveSitePage(db, editor, {
      key: 'chuc-nang-nhiem-vu',
      version: 1,
      title: 'Chức năng, nhiệm vụ',
      bodyHtml: '<p onclick="x()">Tham mưu<script>alert(1)</script></p>',
    });
    expect(result).toEqual({ page: { key: 'chuc-nang-nhiem-vu', version: 2 }, section: 'gioi-thieu' });

    const page = await db.sitePage.findUniqueOrThrow({ where: { key: 'chuc-nang-nhiem-vu' } });
    expect(page).toMatchObject({ version: 2, bodyHtml: '<p>Tham mưu</p>', isSample: false, updatedById: editor.id });
    const revisions = await db.contentRevision.findMany({ where: { entityType: 'page', entityId: 'chuc-nang-nhiem-vu' }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => [r.version, r.note])).toEqual([
      [1, 'Nội dung mẫu'],
      [2, 'Thay nội dung mẫu'],
    ]);
    expect(JSON.parse(revisions[1].data)).toEqual({ title: 'Chức năng, nhiệm vụ', bodyHtml: '<p>Tham mưu</p>', isSample: false });
    expect((await sectionTime('gioi-thieu')).getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect((await db.sectionUpdate.findUniqueOrThrow({ where: { key: 'gioi-thieu' } })).updatedById).toBe(editor.id);
    expect(await db.auditLog.findFirst({ where: { action: 'page.update' } })).toMatchObject({ actorId: editor.id, targetType: 'page', targetId: 'chuc-nang-nhiem-vu' });
  });

  it('records the English page under its own section', async () => {
    const result = await saveSitePage(db, editor, { key: 'en', version: 1, title: 'Phuoc Hung Ward', bodyHtml: '<p>Hello</p>' });
    expect(result.section).toBe('en');
    expect((await db.sectionUpdate.findUniqueOrThrow({ where: { key: 'en' } })).updatedById).toBe(editor.id);
    expect((await db.sectionUpdate.findUniqueOrThrow({ where: { key: 'gioi-thieu' } })).updatedById).toBeNull();
  });

  it('refuses a save from a stale tab, naming who saved last, and writes nothing of it', async () => {
    await saveSitePage(db, editor, { key: 'lich-su', version: 1, title: 'Lịch sử', bodyHtml: '<p>Bản của thẻ mới</p>' });
    const error = await rejection(saveSitePage(db, editor, { key: 'lich-su', version: 1, title: 'Lịch sử cũ', bodyHtml: '<p>Bản của thẻ cũ</p>' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Lê Biên Tập');
    expect(error.message).toContain('Nội dung bạn đang soạn vẫn còn trên màn hình');
    const page = await db.sitePage.findUniqueOrThrow({ where: { key: 'lich-su' } });
    expect(page).toMatchObject({ version: 2, title: 'Lịch sử', bodyHtml: '<p>Bản của thẻ mới</p>' });
    expect(await db.contentRevision.count({ where: { entityId: 'lich-su' } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: 'page.update' } })).toBe(1);
  });

  it('lets only one of two simultaneous saves of the same version through', async () => {
    const results = await Promise.allSettled([
      saveSitePage(db, editor, { key: 'co-cau-to-chuc', version: 1, title: 'Một', bodyHtml: '<p>1</p>' }),
      saveSitePage(db, editor, { key: 'co-cau-to-chuc', version: 1, title: 'Hai', bodyHtml: '<p>2</p>' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await db.sitePage.findUniqueOrThrow({ where: { key: 'co-cau-to-chuc' } })).version).toBe(2);
  });

  it('creates a page missing from the database, numbered after the revisions it left', async () => {
    await db.sitePage.delete({ where: { key: 'lich-su' } });
    expect((await rejection(saveSitePage(db, editor, { key: 'lich-su', version: 1, title: 'Lịch sử', bodyHtml: '' }))).code).toBe('conflict');
    const result = await saveSitePage(db, editor, { key: 'lich-su', version: 0, title: 'Lịch sử', bodyHtml: '<p>Mới</p>' });
    expect(result.page.version).toBe(2);
    expect(await db.sitePage.findUniqueOrThrow({ where: { key: 'lich-su' } })).toMatchObject({ version: 2, isSample: false });
  });

  it('is refused to a contributor', async () => {
    const error = await rejection(saveSitePage(db, contributor, { key: 'lich-su', version: 1, title: 'Lịch sử', bodyHtml: '' }));
    expect(error.code).toBe('forbidden');
    expect((await db.sitePage.findUniqueOrThrow({ where: { key: 'lich-su' } })).version).toBe(1);
  });
});

describe('restoring a site page revision', () => {
  it('puts the old text back as a new revision, with the sample flag it had', async () => {
    await saveSitePage(db, editor, { key: 'chuc-nang-nhiem-vu', version: 1, title: 'Chức năng', bodyHtml: '<p>Chính thức</p>' });
    const sample = await db.contentRevision.findFirstOrThrow({ where: { entityId: 'chuc-nang-nhiem-vu', version: 1 } });

    const result = await restoreSitePageRevision(db, editor, { key: 'chuc-nang-nhiem-vu', revisionId: sample.id, version: 2 });
    expect(result).toMatchObject({ page: { version: 3 }, restoredVersion: 1, section: 'gioi-thieu' });
    const page = await db.sitePage.findUniqueOrThrow({ where: { key: 'chuc-nang-nhiem-vu' } });
    expect(page).toMatchObject({ version: 3, title: 'Chức năng, nhiệm vụ', isSample: true });
    expect(page.bodyHtml).toContain('Nội dung mẫu');
    const newest = await db.contentRevision.findFirstOrThrow({ where: { entityId: 'chuc-nang-nhiem-vu' }, orderBy: { version: 'desc' } });
    expect(newest).toMatchObject({ version: 3, note: 'Khôi phục phiên bản 1', authorId: editor.id });
    expect(await db.auditLog.findFirst({ where: { action: 'page.revision-restore' } })).toMatchObject({ targetId: 'chuc-nang-nhiem-vu' });

    // and the official text can come back the same way
    const official = await db.contentRevision.findFirstOrThrow({ where: { entityId: 'chuc-nang-nhiem-vu', version: 2 } });
    await restoreSitePageRevision(db, editor, { key: 'chuc-nang-nhiem-vu', revisionId: official.id, version: 3 });
    expect(await db.sitePage.findUniqueOrThrow({ where: { key: 'chuc-nang-nhiem-vu' } })).toMatchObject({ version: 4, bodyHtml: '<p>Chính thức</p>', isSample: false });
  });

  it('refuses a stale version and a revision of another page', async () => {
    await saveSitePage(db, editor, { key: 'lich-su', version: 1, title: 'Lịch sử', bodyHtml: '<p>Mới</p>' });
    const first = await db.contentRevision.findFirstOrThrow({ where: { entityId: 'lich-su', version: 1 } });
    expect((await rejection(restoreSitePageRevision(db, editor, { key: 'lich-su', revisionId: first.id, version: 1 }))).code).toBe('conflict');
    expect((await rejection(restoreSitePageRevision(db, editor, { key: 'en', revisionId: first.id, version: 1 }))).code).toBe('not-found');
    expect((await rejection(restoreSitePageRevision(db, contributor, { key: 'lich-su', revisionId: first.id, version: 2 }))).code).toBe('forbidden');
    expect((await db.sitePage.findUniqueOrThrow({ where: { key: 'lich-su' } })).version).toBe(2);
  });
});
