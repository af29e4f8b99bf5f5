import { recordContentRevision } from '@/lib/content/content-revisions';
import { SITE_PAGE_KEYS, type SitePageRevisionData } from '@/lib/domain/site-pages';
import { SITE_SETTING_KEYS, DEFAULT_SITE_SETTINGS } from '@/lib/domain/site-settings';
import { touchSection } from '@/lib/sections/touch-section';
import { SAMPLE_LEADERS, SAMPLE_SITE_PAGES } from './intro-sample-content';
import type { SeedStep } from './seed-content';

/**
 * Site settings added after a database was first seeded ("mapUrl"): created with their
 * sample value where missing. Existing values are never touched.
 */
export const SITE_SETTINGS_MAP_STEP: SeedStep = {
  name: '2026-site-settings-new-keys',
  run: async (tx) => {
    for (const key of SITE_SETTING_KEYS) {
      const existing = await tx.siteSetting.findUnique({ where: { key } });
      if (!existing) await tx.siteSetting.create({ data: { key, ...DEFAULT_SITE_SETTINGS[key] } });
    }
  },
};

/**
 * The sample introduction (functions and duties, organisation, history), the sample
 * leadership and the sample English page, each marked isSample with a first revision,
 * and the "Cập nhật lần cuối" of the sections they and the contacts fill.
 */
export const INTRO_STEP: SeedStep = {
  name: '2026-intro-pages',
  run: async (tx) => {
    for (const key of SITE_PAGE_KEYS) {
      if (await tx.sitePage.findUnique({ where: { key } })) continue;
      const { title, bodyHtml } = SAMPLE_SITE_PAGES[key];
      const page = await tx.sitePage.create({ data: { key, title, bodyHtml, isSample: true } });
      await recordContentRevision<SitePageRevisionData>(tx, {
        entityType: 'page',
        entityId: key,
        version: page.version,
        title,
        data: { title, bodyHtml, isSample: true },
        authorId: null,
        note: 'Nội dung mẫu',
      });
    }
    if ((await tx.leader.count()) === 0) {
      for (const [sortOrder, leader] of SAMPLE_LEADERS.entries()) {
        await tx.leader.create({ data: { ...leader, sortOrder, isSample: true } });
      }
    }
    for (const section of ['gioi-thieu', 'en', 'lien-he'] as const) await touchSection(tx, section, null);
  },
};
