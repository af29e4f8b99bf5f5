import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { touchSection } from '@/lib/sections/touch-section';
import type { LeaderFormInput, MoveLeaderInput } from '@/lib/validation/leader';

const NOT_FOUND = 'Không tìm thấy lãnh đạo này. Có thể đã bị xóa ở một thẻ khác.';

function assertMayManage(actor: Actor): void {
  if (!hasPermission(actor, 'sections:manage')) throw new ActionError('forbidden', 'Chỉ biên tập viên và quản trị viên mới sửa được danh sách lãnh đạo.');
}

/**
 * Adds (no id) or updates a member of the leadership. A new one goes to the end of the
 * list. Saving makes the entry official: a sample entry stops being marked "Dữ liệu mẫu".
 */
export async function saveLeader(db: PrismaClient, actor: Actor, input: LeaderFormInput) {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    if (input.photoId && !(await tx.media.findUnique({ where: { id: input.photoId }, select: { id: true } }))) {
      const message = 'Không tìm thấy ảnh. Vui lòng tải ảnh lên lại.';
      throw new ActionError('invalid', message, { photoId: message });
    }
    const data = {
      name: input.name,
      position: input.position,
      phone: input.phone,
      email: input.email,
      responsibilities: input.responsibilities,
      photoId: input.photoId,
      photoAlt: input.photoId ? input.photoAlt : '',
      isSample: false,
    };
    let leaderId: string;
    if (!input.id) {
      const last = await tx.leader.aggregate({ _max: { sortOrder: true } });
      const created = await tx.leader.create({ data: { ...data, sortOrder: (last._max.sortOrder ?? -1) + 1 } });
      leaderId = created.id;
      await writeAuditLog(tx, { action: 'leader.create', actorId: actor.id, targetType: 'leader', targetId: created.id, detail: { name: data.name, position: data.position } });
    } else {
      const existing = await tx.leader.findUnique({ where: { id: input.id } });
      if (!existing) throw new ActionError('not-found', NOT_FOUND);
      await tx.leader.update({ where: { id: existing.id }, data });
      leaderId = existing.id;
      await writeAuditLog(tx, {
        action: 'leader.update',
        actorId: actor.id,
        targetType: 'leader',
        targetId: existing.id,
        detail: { before: { name: existing.name, position: existing.position }, after: { name: data.name, position: data.position } },
      });
    }
    await touchSection(tx, 'gioi-thieu', actor.id);
    return { leaderId };
  });
}

export async function deleteLeader(db: PrismaClient, actor: Actor, input: { id: string }) {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    const leader = await tx.leader.findUnique({ where: { id: input.id } });
    if (!leader) throw new ActionError('not-found', NOT_FOUND);
    await tx.leader.delete({ where: { id: leader.id } });
    await writeAuditLog(tx, { action: 'leader.delete', actorId: actor.id, targetType: 'leader', targetId: leader.id, detail: { name: leader.name, position: leader.position } });
    await touchSection(tx, 'gioi-thieu', actor.id);
    return { name: leader.name };
  });
}

/**
 * Moves a member one place up or down the list. The list is renumbered 0, 1, 2, … on the
 * way, so equal or missing sort orders (rows added by hand) cannot make a move do nothing.
 */
export async function moveLeader(db: PrismaClient, actor: Actor, input: MoveLeaderInput) {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    const leaders = await tx.leader.findMany({ orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], select: { id: true, name: true, sortOrder: true } });
    const from = leaders.findIndex((leader) => leader.id === input.id);
    if (from === -1) throw new ActionError('not-found', NOT_FOUND);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= leaders.length) return { moved: false };
    const ordered = [...leaders];
    [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
    for (const [index, leader] of ordered.entries()) {
      if (leader.sortOrder !== index) await tx.leader.update({ where: { id: leader.id }, data: { sortOrder: index } });
    }
    await writeAuditLog(tx, {
      action: 'leader.update',
      actorId: actor.id,
      targetType: 'leader',
      targetId: input.id,
      detail: { name: leaders[from].name, moved: input.direction, place: to + 1 },
    });
    await touchSection(tx, 'gioi-thieu', actor.id);
    return { moved: true };
  });
}
