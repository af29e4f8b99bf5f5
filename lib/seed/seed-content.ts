import { SITE_SETTING_KEYS, DEFAULT_SITE_SETTINGS } from '@/lib/domain/site-settings';
import { escapeHtml } from '@/lib/html/escape';
import { siteLocalToDate } from '@/lib/text/format-date';
import { slugify } from '@/lib/text/slugify';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { sampleExternalLinksStep } from './sample-external-links';
import { sampleProceduresStep } from './sample-procedures';
import { seedSampleDocuments } from './seed-documents';
import { readSeedPage } from './seed-page';
import { sampleQuestionsStep } from './seed-sample-questions';
import { INTRO_STEP, SITE_SETTINGS_MAP_STEP } from './seed-intro';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export const NEWS_CATEGORY = { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện', position: 1 };
export const NOTICE_CATEGORY = { slug: 'thong-bao', name: 'Thông báo', position: 2 };

/** "30/06/2023 - 10:23" (Asia/Ho_Chi_Minh) → Date. */
function parseDateLine(dateLine: string): Date {
  const [date, time] = dateLine.split(' - ');
  const [day, month, year] = date.split('/');
  return siteLocalToDate(`${year}-${month}-${day}`, time);
}

export type SeedStep = { name: string; run: (tx: Tx) => Promise<void> };

/**
 * Seed steps, each applied once per database (recorded in SeedRun). New sample content is
 * added as a new step; an applied step never runs again, so an editor's changes stay.
 */
export const SEED_STEPS: SeedStep[] = [
  {
    name: '2023-categories',
    run: async (tx) => {
      for (const category of [NEWS_CATEGORY, NOTICE_CATEGORY]) {
        const existing = await tx.category.findUnique({ where: { slug: category.slug } });
        if (!existing) await tx.category.create({ data: category });
      }
    },
  },
  {
    name: '2023-site-settings',
    run: async (tx) => {
      for (const key of SITE_SETTING_KEYS) {
        const existing = await tx.siteSetting.findUnique({ where: { key } });
        if (!existing) await tx.siteSetting.create({ data: { key, ...DEFAULT_SITE_SETTINGS[key] } });
      }
    },
  },
  {
    name: '2023-phuoc-hung-article',
    run: async (tx) => {
      const { article } = readSeedPage();
      const slug = slugify(article.title);
      if (await tx.article.findUnique({ where: { slug } })) return;
      const category = await tx.category.findUnique({ where: { slug: NEWS_CATEGORY.slug } });
      if (!category) return; // the editors removed the news category: nothing to attach the article to
      const bodyHtml = article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
      const publishedAt = parseDateLine(article.dateLine);
      const created = await tx.article.create({
        data: {
          slug,
          title: article.title,
          summary: '',
          bodyHtml,
          status: 'published',
          categoryId: category.id,
          publishedAt,
          createdAt: publishedAt,
          // unchanged since it was published: what sitemaps, feeds and dateModified report
          updatedAt: publishedAt,
        },
      });
      await tx.articleRevision.create({
        data: {
          articleId: created.id,
          version: created.version,
          title: created.title,
          slug: created.slug,
          summary: created.summary,
          bodyHtml: created.bodyHtml,
          categoryId: created.categoryId,
          status: created.status,
          publishedAt: created.publishedAt,
          note: 'Nội dung khởi tạo từ trang gốc',
          createdAt: publishedAt,
        },
      });
    },
  },
  sampleQuestionsStep,
  SITE_SETTINGS_MAP_STEP,
  INTRO_STEP,
  sampleProceduresStep,
  sampleExternalLinksStep,
  seedSampleDocuments,
];

/** Applies every seed step not yet applied; returns the names of the steps it ran. */
export async function runSeed(prisma: PrismaClient, steps: SeedStep[] = SEED_STEPS): Promise<string[]> {
  const applied: string[] = [];
  for (const step of steps) {
    const ran = await prisma.$transaction(async (tx) => {
      if (await tx.seedRun.findUnique({ where: { name: step.name } })) return false;
      await step.run(tx);
      await tx.seedRun.create({ data: { name: step.name } });
      return true;
    });
    if (ran) applied.push(step.name);
  }
  return applied;
}
