import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import type { Actor } from '@/lib/auth/permissions';
import { readContentRevision, recordContentRevision } from '@/lib/content/content-revisions';
import type { PrismaClient } from '@/lib/db/client';
import { sectionOfSitePage, type SitePageRevisionData } from '@/lib/domain/site-pages';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { touchSection } from '@/lib/sections/touch-section';
import type { RestoreSitePageRevisionInput } from '@/lib/validation/site-page';
import { assertMaySitePages, staleSitePageError, type SitePageWriteResult } from './save-site-page';

/**
 * Puts an earlier revision of a site page back, as a new revision: history is only ever
 * added to. The revision's sample flag comes back with its text, so restoring the shipped
 * placeholder shows it as "Dữ liệu mẫu" again rather than as official information.
 */
export async function restoreSitePageRevision(
  db: PrismaClient,
  actor: Actor,
  input: RestoreSitePageRevisionInput,
): Promise<SitePageWriteResult & { restoredVersion: number }> {
  assertMaySitePages(actor);
  const section = sectionOfSitePage(input.key);
  return db.$transaction(async (tx) => {
    const current = await tx.sitePage.findUnique({ where: { key: input.key } });
    if (!current) throw new ActionError('not-found', 'Không tìm thấy trang này.');
    const revision = await readContentRevision<SitePageRevisionData>(tx, 'page', input.key, input.revisionId);
    if (!revision) throw new ActionError('not-found', 'Không tìm thấy phiên bản này của trang.');
    if (current.version !== input.version) throw await staleSitePageError(tx, input.key);

    const title = revision.data.title || revision.title;
    const bodyHtml = sanitizeArticleHtml(revision.data.bodyHtml ?? '');
    const isSample = revision.data.isSample === true;
    const updated = await tx.sitePage.updateMany({
      where: { key: input.key, version: input.version },
      data: { title, bodyHtml, isSample, updatedById: actor.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleSitePageError(tx, input.key);
    const version = input.version + 1;

    await recordContentRevision<SitePageRevisionData>(tx, {
      entityType: 'page',
      entityId: input.key,
      version,
      title,
      data: { title, bodyHtml, isSample },
      authorId: actor.id,
      note: `Khôi phục phiên bản ${revision.version}`,
    });
    await touchSection(tx, section, actor.id);
    await writeAuditLog(tx, {
      action: 'page.revision-restore',
      actorId: actor.id,
      targetType: 'page',
      targetId: input.key,
      detail: { title, restoredVersion: revision.version, version },
    });
    return { page: { key: input.key, version }, section, restoredVersion: revision.version };
  });
}
