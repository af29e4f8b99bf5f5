import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import { recordContentRevision } from '@/lib/content/content-revisions';
import type { PrismaClient } from '@/lib/db/client';
import type { Db } from '@/lib/db/types';
import { sectionOfSitePage, type SitePageKey, type SitePageRevisionData } from '@/lib/domain/site-pages';
import type { SectionKey } from '@/lib/domain/sections';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { touchSection } from '@/lib/sections/touch-section';
import { formatDateTime } from '@/lib/text/format-date';
import type { SitePageFormInput } from '@/lib/validation/site-page';

export type SavedSitePage = { key: SitePageKey; version: number };
export type SitePageWriteResult = { page: SavedSitePage; section: SectionKey };

export function assertMaySitePages(actor: Actor): void {
  if (!hasPermission(actor, 'sections:manage')) throw new ActionError('forbidden', 'Chỉ biên tập viên và quản trị viên mới sửa được trang này.');
}

/**
 * Saves a site page's title and body (sanitised here, whatever the browser sent) with a
 * revision, the section's "Cập nhật lần cuối" and an audit entry, in one transaction.
 * The version the editor opened must still be current: a save from a stale tab is
 * refused and nothing of it is written. Saving makes the page official: it stops being
 * marked "Dữ liệu mẫu".
 */
export async function saveSitePage(db: PrismaClient, actor: Actor, input: SitePageFormInput): Promise<SitePageWriteResult> {
  assertMaySitePages(actor);
  const section = sectionOfSitePage(input.key);
  const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
  return db.$transaction(async (tx) => {
    const current = await tx.sitePage.findUnique({ where: { key: input.key } });
    if ((current?.version ?? 0) !== input.version) throw await staleSitePageError(tx, input.key);

    const data = { title: input.title, bodyHtml, isSample: false, updatedById: actor.id };
    let version: number;
    if (!current) {
      // A page the seed never created (or one removed from the database): the first save
      // creates it, numbered after any revisions it left behind.
      const last = await tx.contentRevision.aggregate({ where: { entityType: 'page', entityId: input.key }, _max: { version: true } });
      version = (last._max.version ?? 0) + 1;
      await tx.sitePage.create({ data: { key: input.key, ...data, version } });
    } else {
      const updated = await tx.sitePage.updateMany({
        where: { key: input.key, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      // Another writer committed between our read and this write.
      if (updated.count !== 1) throw await staleSitePageError(tx, input.key);
      version = input.version + 1;
    }

    await recordContentRevision<SitePageRevisionData>(tx, {
      entityType: 'page',
      entityId: input.key,
      version,
      title: input.title,
      data: { title: input.title, bodyHtml, isSample: false },
      authorId: actor.id,
      note: current?.isSample ? 'Thay nội dung mẫu' : 'Lưu',
    });
    await touchSection(tx, section, actor.id);
    await writeAuditLog(tx, {
      action: 'page.update',
      actorId: actor.id,
      targetType: 'page',
      targetId: input.key,
      detail: { title: input.title, version },
    });
    return { page: { key: input.key, version }, section };
  });
}

/** The refusal a stale tab gets, saying who saved last and when. */
export async function staleSitePageError(db: Db, key: SitePageKey): Promise<ActionError> {
  const latest = await db.contentRevision.findFirst({
    where: { entityType: 'page', entityId: key },
    orderBy: { version: 'desc' },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  const by = latest ? ` (lúc ${formatDateTime(latest.createdAt)}${latest.author ? `, bởi ${latest.author.name}` : ''})` : '';
  return new ActionError(
    'conflict',
    `Trang này đã được lưu ở một thẻ hoặc thiết bị khác${by} sau khi bạn mở nó, nên thay đổi của bạn chưa được lưu. ` +
      'Nội dung bạn đang soạn vẫn còn trên màn hình: hãy sao chép phần cần giữ, rồi mở bản mới nhất để tiếp tục.',
  );
}
