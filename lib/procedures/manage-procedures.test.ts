import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import type { ProcedureFormInput } from '@/lib/validation/procedure';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { deleteProcedure, moveProcedure, saveProcedure } from './manage-procedures';
import { orderedProcedures } from './procedure-order';

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
  await db.procedure.deleteMany();
  await db.sectionUpdate.deleteMany();
  await db.auditLog.deleteMany();
});

const input = (overrides: Partial<ProcedureFormInput> = {}): ProcedureFormInput => ({
  id: '',
  title: 'Đăng ký khai sinh',
  code: '',
  field: 'Hộ tịch',
  description: 'Đăng ký việc sinh.',
  portalUrl: 'https://dichvucong.gov.vn',
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

const sectionUpdatedAt = async () => (await db.sectionUpdate.findUnique({ where: { key: 'thu-tuc-hanh-chinh' } }))?.updatedAt ?? null;

describe('saving a procedure', () => {
  it('adds it at the end, records who did it and when the section changed', async () => {
    await saveProcedure(db, editor, input({ title: 'Đăng ký kết hôn' }));
    const before = new Date();
    const { procedureId } = await saveProcedure(db, editor, input({ code: '1.001193' }));
    const stored = await db.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(stored).toMatchObject({ title: 'Đăng ký khai sinh', code: '1.001193', sortOrder: 2, isSample: false });
    const update = await db.sectionUpdate.findUniqueOrThrow({ where: { key: 'thu-tuc-hanh-chinh' } });
    expect(update.updatedById).toBe(editor.id);
    expect(update.updatedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const log = await db.auditLog.findFirstOrThrow({ where: { targetId: procedureId } });
    expect(log).toMatchObject({ action: 'procedure.create', actorId: editor.id, targetType: 'procedure' });
    expect(JSON.parse(log.detail)).toMatchObject({ title: 'Đăng ký khai sinh', field: 'Hộ tịch' });
  });

  it('joins a field typed differently to the existing one', async () => {
    await saveProcedure(db, editor, input());
    const { procedureId } = await saveProcedure(db, editor, input({ title: 'Đăng ký khai tử', field: 'hộ tịch' }));
    expect((await db.procedure.findUniqueOrThrow({ where: { id: procedureId } })).field).toBe('Hộ tịch');
  });

  it('edits a sample procedure into a real one, keeping its place unless a new one is given', async () => {
    const sample = await db.procedure.create({ data: { title: 'Mẫu', field: 'Hộ tịch', portalUrl: 'https://dichvucong.gov.vn', sortOrder: 5, isSample: true } });
    await saveProcedure(db, editor, input({ id: sample.id, title: 'Đăng ký khai sinh', portalUrl: 'https://dichvucong.gov.vn/thu-tuc/khai-sinh' }));
    expect(await db.procedure.findUniqueOrThrow({ where: { id: sample.id } })).toMatchObject({
      title: 'Đăng ký khai sinh',
      portalUrl: 'https://dichvucong.gov.vn/thu-tuc/khai-sinh',
      sortOrder: 5,
      isSample: false,
    });
    await saveProcedure(db, editor, input({ id: sample.id, sortOrder: 9 }));
    expect((await db.procedure.findUniqueOrThrow({ where: { id: sample.id } })).sortOrder).toBe(9);
    const logs = (await db.auditLog.findMany({ where: { action: 'procedure.update' } })).map((row) => JSON.parse(row.detail));
    expect(logs).toContainEqual(expect.objectContaining({ before: expect.objectContaining({ title: 'Mẫu' }), after: expect.objectContaining({ title: 'Đăng ký khai sinh' }) }));
  });

  it('refuses a contributor and a procedure that no longer exists, changing nothing', async () => {
    expect((await rejection(saveProcedure(db, contributor, input()))).code).toBe('forbidden');
    expect((await rejection(saveProcedure(db, editor, input({ id: 'khong-co' })))).code).toBe('not-found');
    expect(await db.procedure.count()).toBe(0);
    expect(await sectionUpdatedAt()).toBeNull();
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe('deleting a procedure', () => {
  it('removes it, logs it and touches the section', async () => {
    const { procedureId } = await saveProcedure(db, editor, input());
    await db.sectionUpdate.deleteMany();
    await deleteProcedure(db, editor, { id: procedureId });
    expect(await db.procedure.count()).toBe(0);
    expect(await sectionUpdatedAt()).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: 'procedure.delete', targetId: procedureId } })).toBe(1);
    expect((await rejection(deleteProcedure(db, editor, { id: procedureId }))).code).toBe('not-found');
  });

  it('is refused to a contributor', async () => {
    const { procedureId } = await saveProcedure(db, editor, input());
    expect((await rejection(deleteProcedure(db, contributor, { id: procedureId }))).code).toBe('forbidden');
    expect(await db.procedure.count()).toBe(1);
  });
});

describe('moving a procedure', () => {
  it('moves it within its field only', async () => {
    const a = await saveProcedure(db, editor, input({ title: 'A khai sinh' }));
    await saveProcedure(db, editor, input({ title: 'B chứng thực', field: 'Chứng thực' }));
    const c = await saveProcedure(db, editor, input({ title: 'C kết hôn' }));
    await moveProcedure(db, editor, { id: c.procedureId, direction: 'up' });
    expect((await orderedProcedures(db)).map((p) => p.title)).toEqual(['C kết hôn', 'B chứng thực', 'A khai sinh']);
    expect((await rejection(moveProcedure(db, editor, { id: c.procedureId, direction: 'up' }))).message).toBe('Thủ tục này đã ở đầu lĩnh vực.');
    expect((await rejection(moveProcedure(db, editor, { id: a.procedureId, direction: 'down' }))).message).toBe('Thủ tục này đã ở cuối lĩnh vực.');
    expect((await rejection(moveProcedure(db, contributor, { id: a.procedureId, direction: 'up' }))).code).toBe('forbidden');
    expect(await db.auditLog.count({ where: { action: 'procedure.update', targetId: c.procedureId } })).toBe(1);
  });
});
