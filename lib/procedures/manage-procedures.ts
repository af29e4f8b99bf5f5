import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { moveInList, nextSortOrder } from '@/lib/sections/list-order';
import { touchSection } from '@/lib/sections/touch-section';
import type { ProcedureFormInput } from '@/lib/validation/procedure';
import { matchExistingField } from './group-procedures';
import { orderedProcedures } from './procedure-order';

const SECTION = 'thu-tuc-hanh-chinh';
const NOT_FOUND = 'Không tìm thấy thủ tục này. Có thể người khác vừa xóa; hãy tải lại trang.';

function assertCanManage(actor: Actor): void {
  if (!hasPermission(actor, 'sections:manage')) throw new ActionError('forbidden', 'Chỉ biên tập viên và quản trị viên mới sửa được thủ tục hành chính.');
}

/**
 * Adds (no id) or edits a procedure. Saved by an editor, it is the ward's real information:
 * it stops being marked as sample data. A field typed with other capitals or spaces joins
 * the existing field of that name.
 */
export async function saveProcedure(db: PrismaClient, actor: Actor, input: ProcedureFormInput) {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const all = await orderedProcedures(tx);
    const others = all.filter((procedure) => procedure.id !== input.id);
    const field = matchExistingField(input.field, [...new Set(others.map((procedure) => procedure.field))]);
    const data = { title: input.title, code: input.code, field, description: input.description, portalUrl: input.portalUrl, isSample: false };
    if (!input.id) {
      const created = await tx.procedure.create({ data: { ...data, sortOrder: input.sortOrder ?? nextSortOrder(all) } });
      await writeAuditLog(tx, { action: 'procedure.create', actorId: actor.id, targetType: 'procedure', targetId: created.id, detail: { title: created.title, field } });
      await touchSection(tx, SECTION, actor.id);
      return { procedureId: created.id };
    }
    const existing = all.find((procedure) => procedure.id === input.id);
    if (!existing) throw new ActionError('not-found', NOT_FOUND);
    const updated = await tx.procedure.update({ where: { id: existing.id }, data: { ...data, sortOrder: input.sortOrder ?? existing.sortOrder } });
    await writeAuditLog(tx, {
      action: 'procedure.update',
      actorId: actor.id,
      targetType: 'procedure',
      targetId: existing.id,
      detail: {
        title: updated.title,
        before: { title: existing.title, code: existing.code, field: existing.field, portalUrl: existing.portalUrl, sortOrder: existing.sortOrder },
        after: { title: updated.title, code: updated.code, field: updated.field, portalUrl: updated.portalUrl, sortOrder: updated.sortOrder },
      },
    });
    await touchSection(tx, SECTION, actor.id);
    return { procedureId: existing.id };
  });
}

export async function deleteProcedure(db: PrismaClient, actor: Actor, input: { id: string }) {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const existing = await tx.procedure.findUnique({ where: { id: input.id } });
    if (!existing) throw new ActionError('not-found', NOT_FOUND);
    await tx.procedure.delete({ where: { id: existing.id } });
    await writeAuditLog(tx, {
      action: 'procedure.delete',
      actorId: actor.id,
      targetType: 'procedure',
      targetId: existing.id,
      detail: { title: existing.title, field: existing.field, code: existing.code, portalUrl: existing.portalUrl },
    });
    await touchSection(tx, SECTION, actor.id);
    return { procedureId: existing.id };
  });
}

/** Moves a procedure one place up or down within its field. */
export async function moveProcedure(db: PrismaClient, actor: Actor, input: { id: string; direction: 'up' | 'down' }) {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const all = await orderedProcedures(tx);
    const procedure = all.find((item) => item.id === input.id);
    if (!procedure) throw new ActionError('not-found', NOT_FOUND);
    const changes = moveInList(all, procedure.id, input.direction, (a, b) => a.field === b.field);
    if (!changes) {
      throw new ActionError('invalid', input.direction === 'up' ? 'Thủ tục này đã ở đầu lĩnh vực.' : 'Thủ tục này đã ở cuối lĩnh vực.');
    }
    for (const change of changes) await tx.procedure.update({ where: { id: change.id }, data: { sortOrder: change.sortOrder } });
    await writeAuditLog(tx, {
      action: 'procedure.update',
      actorId: actor.id,
      targetType: 'procedure',
      targetId: procedure.id,
      detail: { title: procedure.title, moved: input.direction === 'up' ? 'lên' : 'xuống' },
    });
    await touchSection(tx, SECTION, actor.id);
    return { procedureId: procedure.id };
  });
}
