import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { SECTIONS } from '@/lib/domain/sections';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';

// The module reads the process's one Prisma client, made from DATABASE_URL on first import.
let database: TestDatabase;
let prisma: PrismaClient;
let staleSections: typeof import('./stale-sections');

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-26T03:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * DAY);

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  staleSections = await import('./stale-sections');
  ({ prisma } = await import('@/lib/db/client'));

  await prisma.sectionUpdate.create({ data: { key: 'thu-tuc-hanh-chinh', updatedAt: daysBefore(2) } });
  await prisma.sectionUpdate.create({ data: { key: 'lien-ket', updatedAt: daysBefore(45) } });
  const news = await prisma.category.create({ data: { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện', position: 1 } });
  const notices = await prisma.category.create({ data: { slug: 'thong-bao', name: 'Thông báo', position: 2 } });
  const article = (slug: string, categoryId: string, publishedAt: Date, status = 'published') =>
    prisma.article.create({ data: { slug, title: slug, bodyHtml: '<p>x</p>', status, categoryId, publishedAt } });
  await article('tin-moi', news.id, daysBefore(3));
  await article('thong-bao-cu', notices.id, daysBefore(60));
  // a draft dated recently does not count as an update of its category
  await article('ban-nhap', notices.id, daysBefore(1), 'draft');
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
  delete process.env.DATABASE_URL;
});

describe('getStaleSections', () => {
  it('lists never-updated sections, then sections and categories older than 30 days by default', async () => {
    const { staleAfterDays, areas } = await staleSections.getStaleSections(now);
    expect(staleAfterDays).toBe(30);
    const never = SECTIONS.filter((s) => s.key !== 'thu-tuc-hanh-chinh' && s.key !== 'lien-ket').map((s) => `section:${s.key}`);
    expect(areas.map((a) => a.id)).toEqual([...never, 'category:thong-bao', 'section:lien-ket']);
    expect(areas.find((a) => a.id === 'category:thong-bao')).toMatchObject({ daysAgo: 60, publicPath: '/chuyen-muc/thong-bao', label: 'Thông báo' });
    expect(areas.find((a) => a.id === 'category:thong-bao')?.editorPath).toMatch(/^\/quan-tri\?chuyen-muc=/);
    expect(areas.find((a) => a.id === 'section:lien-ket')).toMatchObject({ daysAgo: 45, publicPath: '/lien-ket', editorPath: '/quan-tri/lien-ket' });
  });

  it('follows the staleAfterDays setting', async () => {
    await prisma.siteSetting.create({ data: { key: 'staleAfterDays', value: '50', isSample: false } });
    const { staleAfterDays, areas } = await staleSections.getStaleSections(now);
    expect(staleAfterDays).toBe(50);
    expect(areas.map((a) => a.id)).toContain('category:thong-bao');
    expect(areas.map((a) => a.id)).not.toContain('section:lien-ket');
  });
});
