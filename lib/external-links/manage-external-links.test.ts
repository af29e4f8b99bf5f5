import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import type { ExternalLinkFormInput } from '@/lib/validation/external-link';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { orderedExternalLinks } from './external-link-order';
import { deleteExternalLink, moveExternalLink, saveExternalLink } from './manage-external-links';

let database: TestDatabaseWithClient;
let db: PrismaClient;
let admin: Actor;
let contributor: Actor;

beforeAll(async () => {
  database = await createTestDatabaseWithClient();
  db = database.prisma;
  const [a, c] = await Promise.all([
    db.user.create({ data: { email: 'quantri@example.vn', name: 'Quản Trị', passwordHash: 'x', role: 'admin' } }),
    db.user.create({ data: { email: 'congtac@example.vn', name: 'Cộng Tác', passwordHash: 'x', role: 'contributor' } }),
  ]);
  admin = { id: a.id, role: 'admin' };
  contributor = { id: c.id, role: 'contributor' };
});

afterAll(async () => database?.dispose());

beforeEach(async () => {
  await db.externalLink.deleteMany();
  await db.sectionUpdate.deleteMany();
  await db.auditLog.deleteMany();
});

const input = (overrides: Partial<ExternalLinkFormInput> = {}): ExternalLinkFormInput => ({
  id: '',
  title: 'Cổng Thông tin điện tử Chính phủ',
  url: 'https://chinhphu.vn',
  description: '',
  sortOrder: undefined,
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('external links', () => {
  it('adds, edits, moves and deletes, each change logged and touching the section', async () => {
    const first = await saveExternalLink(db, admin, input());
    const second = await saveExternalLink(db, admin, input({ title: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' }));
    expect((await orderedExternalLinks(db)).map((l) => [l.title, l.sortOrder])).toEqual([
      ['Cổng Thông tin điện tử Chính phủ', 1],
      ['Cổng Dịch vụ công quốc gia', 2],
    ]);

    await db.sectionUpdate.deleteMany();
    await saveExternalLink(db, admin, input({ id: first.linkId, description: 'Tin tức của Chính phủ.' }));
    expect((await db.externalLink.findUniqueOrThrow({ where: { id: first.linkId } })).description).toBe('Tin tức của Chính phủ.');
    expect(await db.sectionUpdate.findUnique({ where: { key: 'lien-ket' } })).toMatchObject({ updatedById: admin.id });

    await moveExternalLink(db, admin, { id: second.linkId, direction: 'up' });
    expect((await orderedExternalLinks(db)).map((l) => l.title)).toEqual(['Cổng Dịch vụ công quốc gia', 'Cổng Thông tin điện tử Chính phủ']);
    expect((await rejection(moveExternalLink(db, admin, { id: second.linkId, direction: 'up' }))).message).toBe('Liên kết này đã ở đầu danh sách.');

    await deleteExternalLink(db, admin, { id: first.linkId });
    expect(await db.externalLink.count()).toBe(1);
    // several events may share a millisecond: compare them as a set with counts
    expect((await db.auditLog.findMany()).map((row) => row.action).sort()).toEqual(['link.create', 'link.create', 'link.delete', 'link.update', 'link.update']);
  });

  it('a sample link becomes confirmed once saved', async () => {
    const sample = await db.externalLink.create({ data: { title: 'Mẫu', url: 'https://chinhphu.vn', isSample: true, sortOrder: 1 } });
    await saveExternalLink(db, admin, input({ id: sample.id }));
    expect((await db.externalLink.findUniqueOrThrow({ where: { id: sample.id } })).isSample).toBe(false);
  });

  it('is refused to a contributor, and nothing changes', async () => {
    const { linkId } = await saveExternalLink(db, admin, input());
    await db.sectionUpdate.deleteMany();
    expect((await rejection(saveExternalLink(db, contributor, input()))).code).toBe('forbidden');
    expect((await rejection(deleteExternalLink(db, contributor, { id: linkId }))).code).toBe('forbidden');
    expect((await rejection(moveExternalLink(db, contributor, { id: linkId, direction: 'down' }))).code).toBe('forbidden');
    expect(await db.externalLink.count()).toBe(1);
    expect(await db.sectionUpdate.count()).toBe(0);
    expect((await rejection(saveExternalLink(db, admin, input({ id: 'khong-co' })))).code).toBe('not-found');
  });
});
