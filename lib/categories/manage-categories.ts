import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { slugify } from '@/lib/text/slugify';

function assertAdmin(actor: Actor): void {
  if (!hasPermission(actor, 'category:manage')) throw new ActionError('forbidden', 'Chỉ quản trị viên mới sửa được chuyên mục.');
}

type CategoryInput = { id: string; name: string; slug: string; description: string; position: number };

/** Creates (no id) or updates a category; its slug is its public address, so it must be unique. */
export async function saveCategory(db: PrismaClient, actor: Actor, input: CategoryInput) {
  assertAdmin(actor);
  const slug = input.slug || slugify(input.name);
  if (!slug) throw new ActionError('invalid', 'Vui lòng nhập đường dẫn.', { slug: 'Vui lòng nhập đường dẫn.' });
  return db.$transaction(async (tx) => {
    const clash = await tx.category.findUnique({ where: { slug }, select: { id: true } });
    if (clash && clash.id !== input.id) {
      throw new ActionError('invalid', 'Đường dẫn này đã có chuyên mục khác dùng.', { slug: 'Đường dẫn này đã có chuyên mục khác dùng.' });
    }
    const data = { name: input.name, slug, description: input.description, position: input.position };
    if (!input.id) {
      const created = await tx.category.create({ data });
      await writeAuditLog(tx, { action: 'category.create', actorId: actor.id, targetType: 'category', targetId: created.id, detail: data });
      return { categoryId: created.id, oldSlug: null as string | null, slug };
    }
    const existing = await tx.category.findUnique({ where: { id: input.id } });
    if (!existing) throw new ActionError('not-found', 'Không tìm thấy chuyên mục này.');
    await tx.category.update({ where: { id: existing.id }, data });
    await writeAuditLog(tx, {
      action: 'category.update',
      actorId: actor.id,
      targetType: 'category',
      targetId: existing.id,
      detail: { before: { name: existing.name, slug: existing.slug }, after: data },
    });
    return { categoryId: existing.id, oldSlug: existing.slug, slug };
  });
}

/** Only an empty category can go: articles are never left without one. */
export async function deleteCategory(db: PrismaClient, actor: Actor, input: { id: string }) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id: input.id }, include: { _count: { select: { articles: true } } } });
    if (!category) throw new ActionError('not-found', 'Không tìm thấy chuyên mục này.');
    if (category._count.articles > 0) {
      throw new ActionError(
        'invalid',
        `Chuyên mục “${category.name}” còn ${category._count.articles} bài viết (kể cả bài nháp và thùng rác). Hãy chuyển các bài sang chuyên mục khác trước khi xóa.`,
      );
    }
    await tx.category.delete({ where: { id: category.id } });
    await writeAuditLog(tx, { action: 'category.delete', actorId: actor.id, targetType: 'category', targetId: category.id, detail: { name: category.name, slug: category.slug } });
    return { slug: category.slug };
  });
}
