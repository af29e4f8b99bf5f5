import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { INTRO_STEP } from '@/lib/seed/seed-intro';
import { leaderFormSchema } from '@/lib/validation/leader';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { deleteLeader, moveLeader, saveLeader } from './manage-leaders';

let database: TestDatabaseWithClient;
let db: PrismaClient;
let editor: Actor;
let contributor: Actor;

beforeAll(async () => {
  database = await createTestDatabaseWithClient();
  db = database.prisma;
  const [e, c] = await Promise.all([
    db.user.create({ data: { email: 'bientap@example.vn', name: 'Biên Tập', passwordHash: 'x', role: 'editor' } }),
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

const form = (input: Record<string, unknown>) => leaderFormSchema.parse(input);
const names = async () => (await db.leader.findMany({ orderBy: { sortOrder: 'asc' } })).map((leader) => leader.name);
const touchedBy = async () => (await db.sectionUpdate.findUniqueOrThrow({ where: { key: 'gioi-thieu' } })).updatedById;

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('leaders', () => {
  it('saving a sample leader makes the entry official and records the change', async () => {
    const sample = await db.leader.findFirstOrThrow({ where: { name: 'Trần Thị B' } });
    expect(sample.isSample).toBe(true);
    await saveLeader(db, editor, form({ id: sample.id, name: 'Trần Thị Bình', position: sample.position, phone: '0254 3 111 222', email: '', responsibilities: 'Văn hóa – xã hội' }));
    expect(await db.leader.findUniqueOrThrow({ where: { id: sample.id } })).toMatchObject({
      name: 'Trần Thị Bình',
      phone: '0254 3 111 222',
      email: '',
      isSample: false,
      sortOrder: sample.sortOrder,
    });
    expect(await touchedBy()).toBe(editor.id);
    expect(await db.auditLog.findFirst({ where: { action: 'leader.update' } })).toMatchObject({ targetId: sample.id, actorId: editor.id });
  });

  it('adds a new leader at the end of the list, with a photo that exists', async () => {
    const photo = await db.media.create({ data: { storageKey: 'uploads/chan-dung.jpg', originalName: 'a.jpg', mimeType: 'image/jpeg', byteSize: 1, width: 300, height: 400 } });
    const { leaderId } = await saveLeader(db, editor, form({ name: 'Phạm Văn D', position: 'Phó Chủ tịch', photoId: photo.id, photoAlt: 'Ảnh chân dung ông Phạm Văn D' }));
    expect(await names()).toEqual(['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C', 'Phạm Văn D']);
    expect(await db.leader.findUniqueOrThrow({ where: { id: leaderId } })).toMatchObject({ isSample: false, photoId: photo.id, photoAlt: 'Ảnh chân dung ông Phạm Văn D' });
    expect(await db.auditLog.count({ where: { action: 'leader.create' } })).toBe(1);

    const missing = await rejection(saveLeader(db, editor, form({ name: 'E', position: 'F', photoId: 'khong-co', photoAlt: 'Ảnh' })));
    expect(missing.fieldErrors?.photoId).toMatch(/tải ảnh lên lại/);
  });

  it('moves a leader up and down, renumbering the list, and does nothing past either end', async () => {
    const c = await db.leader.findFirstOrThrow({ where: { name: 'Lê Văn C' } });
    await db.leader.updateMany({ data: { sortOrder: 5 } }); // equal orders, as rows added by hand might have
    expect(await moveLeader(db, editor, { id: c.id, direction: 'up' })).toEqual({ moved: true });
    expect(await names()).toEqual(['Nguyễn Văn A', 'Lê Văn C', 'Trần Thị B']);
    expect((await db.leader.findMany({ orderBy: { sortOrder: 'asc' } })).map((l) => l.sortOrder)).toEqual([0, 1, 2]);
    await moveLeader(db, editor, { id: c.id, direction: 'up' });
    expect(await moveLeader(db, editor, { id: c.id, direction: 'up' })).toEqual({ moved: false });
    await moveLeader(db, editor, { id: c.id, direction: 'down' });
    expect(await names()).toEqual(['Nguyễn Văn A', 'Lê Văn C', 'Trần Thị B']);
    expect(await touchedBy()).toBe(editor.id);
  });

  it('deletes a leader, with an audit entry', async () => {
    const a = await db.leader.findFirstOrThrow({ where: { name: 'Nguyễn Văn A' } });
    expect(await deleteLeader(db, editor, { id: a.id })).toEqual({ name: 'Nguyễn Văn A' });
    expect(await names()).toEqual(['Trần Thị B', 'Lê Văn C']);
    expect(await db.auditLog.findFirst({ where: { action: 'leader.delete' } })).toMatchObject({ targetId: a.id });
    expect(await touchedBy()).toBe(editor.id);
    expect((await rejection(deleteLeader(db, editor, { id: a.id }))).code).toBe('not-found');
  });

  it('refuses every change to a contributor', async () => {
    const a = await db.leader.findFirstOrThrow();
    for (const attempt of [
      saveLeader(db, contributor, form({ id: a.id, name: 'X', position: 'Y' })),
      deleteLeader(db, contributor, { id: a.id }),
      moveLeader(db, contributor, { id: a.id, direction: 'down' }),
    ]) {
      expect((await rejection(attempt)).code).toBe('forbidden');
    }
    expect(await db.leader.count()).toBe(3);
    expect(await touchedBy()).toBeNull();
  });
});
