import { DEFAULT_SITE_SETTINGS, SITE_SETTING_KEYS } from '@/lib/domain/site-settings';
import type { SeedStep } from './seed-content';

/**
 * Settings added after a database was first seeded (staleAfterDays) get their default
 * there too; a key that exists keeps its value.
 */
export const missingSiteSettingsStep: SeedStep = {
  name: '2026-site-settings-stale-after-days',
  run: async (tx) => {
    for (const key of SITE_SETTING_KEYS) {
      const existing = await tx.siteSetting.findUnique({ where: { key } });
      if (!existing) await tx.siteSetting.create({ data: { key, ...DEFAULT_SITE_SETTINGS[key] } });
    }
  },
};
