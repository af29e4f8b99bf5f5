import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import { CONTACT_SETTING_KEYS, SITE_SETTING_KEYS, type SiteSettingKey } from '@/lib/domain/site-settings';
import { touchSection } from '@/lib/sections/touch-section';
import type { SiteSettingsInput } from '@/lib/validation/site-settings';

/**
 * Saves the office details (and the editorial settings). A value an administrator has saved is the real one: it stops
 * being marked "Dữ liệu mẫu" on the public pages. A change of a contact detail is a change
 * of the pages that list them (/lien-he, and /en in English), recorded for their
 * "Cập nhật lần cuối".
 */
export async function updateSiteSettings(db: PrismaClient, actor: Actor, input: SiteSettingsInput) {
  if (!hasPermission(actor, 'settings:manage')) throw new ActionError('forbidden', 'Chỉ quản trị viên mới sửa được thông tin trang.');
  return db.$transaction(async (tx) => {
    const before = new Map((await tx.siteSetting.findMany()).map((row) => [row.key, row]));
    const changed: SiteSettingKey[] = [];
    for (const key of SITE_SETTING_KEYS) {
      const previous = before.get(key);
      if (previous && previous.value === input[key] && !previous.isSample) continue;
      changed.push(key);
      await tx.siteSetting.upsert({
        where: { key },
        create: { key, value: input[key], isSample: false, updatedById: actor.id },
        update: { value: input[key], isSample: false, updatedById: actor.id },
      });
    }
    if (changed.some((key) => (CONTACT_SETTING_KEYS as readonly SiteSettingKey[]).includes(key))) {
      await touchSection(tx, 'lien-he', actor.id);
      await touchSection(tx, 'en', actor.id);
    }
    if (changed.length > 0) await writeAuditLog(tx, { action: 'settings.update', actorId: actor.id, targetType: 'settings', detail: { changed } });
    return { changed };
  });
}
