import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { DEFAULT_SITE_SETTINGS, SITE_SETTING_KEYS, type SiteSettings } from '@/lib/domain/site-settings';

/** Every site setting; a key missing from the database falls back to its sample value. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const rows = await prisma.siteSetting.findMany({ where: { key: { in: [...SITE_SETTING_KEYS] } } });
  const settings = { ...DEFAULT_SITE_SETTINGS };
  for (const row of rows) {
    settings[row.key as keyof SiteSettings] = { value: row.value, isSample: row.isSample };
  }
  return settings;
});
