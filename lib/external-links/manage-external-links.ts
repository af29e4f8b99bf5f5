import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { moveInList, nextSortOrder } from '@/lib/sections/list-order';
import { touchSection } from '@/lib/sections/touch-section';
import type { ExternalLinkFormInput } from '@/lib/validation/external-link';
import { orderedExternalLinks } from './external-link-order';

const SECTION = 'lien-ket';
const NOT_FOUND = 'Không tìm thấy liên kết này. Có thể người khác vừa xóa; hãy tải lại trang.';

function assertCanManage(actor: Actor): void {
  if (!hasPermission(actor, 'sections:manage')) throw new ActionError('forbidden', 'Chỉ biên tập viên và quản trị viên mới sửa được liên kết.');
}

/** Adds (no id) or edits a link; saved by an editor, it is no longer sample data. */
export async function saveExternalLink(db: PrismaClient, actor: Actor, input: ExternalLinkFormInput) {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const data = { title: input.title, url: input.url, description: input.description, isSample: false };
    if (!input.id) {
      const all = await orderedExternalLinks(tx);
      const created = await tx.externalLink.create({ data: { ...data, sortOrder: input.sortOrder ?? nextSortOrder(all) } });
      await writeAuditLog(tx, { action: 'link.create', actorId: actor.id, targetType: 'link', targetId: created.id, detail: { title: created.title, url: created.url } });
      await touchSection(tx, SECTION, actor.id);
      return { linkId: created.id };
    }
    const existing = await tx.externalLink.findUnique({ where: { id: input.id } });
    if (!existing) throw new ActionError('not-found', NOT_FOUND);
    const updated = await tx.externalLink.update({ where: { id: existing.id }, data: { ...data, sortOrder: input.sortOrder ?? existing.sortOrder } });
    await writeAuditLog(tx, {
      action: 'link.update',
      actorId: actor.id,
      targetType: 'link',
      targetId: existing.id,
      detail: {
        title: updated.title,
        before: { title: existing.title, url: existing.url, sortOrder: existing.sortOrder },
        after: { title: updated.title, url: updated.url, sortOrder: updated.sortOrder },
      },
    });
    await touchSection(tx, SECTION, actor.id);
    return { linkId: existing.id };
  });
}

export async function deleteExternalLink(db: PrismaClient, actor: Actor, input: { id: string }) {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const existing = await tx.externalLink.findUnique({ where: { id: input.id } });
    if (!existing) throw new ActionError('not-found', NOT_FOUND);
    await tx.externalLink.delete({ where: { id: existing.id } });
    await writeAuditLog(tx, { action: 'link.delete', actorId: actor.id, targetType: 'link', targetId: existing.id, detail: { title: existing.title, url: existing.url } });
    await touchSection(tx, SECTION, actor.id);
    return { linkId: existing.id };
  });
}

/** Moves a link one place up or down. */
export async function moveExternalLink(db: PrismaClient, actor: Actor, input: { id: string; direction: 'up' | 'down' }) {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const all = await orderedExternalLinks(tx);
    const link = all.find((item) => item.id === input.id);
    if (!link) throw new ActionError('not-found', NOT_FOUND);
    const changes = moveInList(all, link.id, input.direction);
    if (!changes) throw new ActionError('invalid', input.direction === 'up' ? 'Liên kết này đã ở đầu danh sách.' : 'Liên kết này đã ở cuối danh sách.');
    for (const change of changes) await tx.externalLink.update({ where: { id: change.id }, data: { sortOrder: change.sortOrder } });
    await writeAuditLog(tx, {
      action: 'link.update',
      actorId: actor.id,
      targetType: 'link',
      targetId: link.id,
      detail: { title: link.title, moved: input.direction === 'up' ? 'lên' : 'xuống' },
    });
    await touchSection(tx, SECTION, actor.id);
    return { linkId: link.id };
  });
}
