import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { SECTIONS } from '@/lib/domain/sections';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';

// The module reads the process's one Prisma client, made from DATABASE_URL on first import.
let database: TestDatabase;
let prisma: PrismaClient;
let sitemap: typeof import('./sitemap');
const listsUpdated = new Date('2026-10-12T03:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  sitemap = await import('./sitemap');
  ({ prisma } = await import('@/lib/db/client'));
  await prisma.sectionUpdate.create({ data: { key: 'lien-ket', updatedAt: listsUpdated } });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
  delete process.env.DATABASE_URL;
});

describe('the sitemap’s sections', () => {
  it('lists the home page and every section, with its last change when there is one', async () => {
    const source = sitemap.SITEMAP_SOURCES.find((s) => s.name === 'sections')!;
    expect(await source.count()).toBe(1 + SECTIONS.length);
    const entries = await source.list(0, 100);
    expect(entries.map((e) => e.path)).toEqual(['/', ...SECTIONS.map((s) => s.path)]);
    expect(entries.find((e) => e.path === '/lien-ket')?.lastModified).toEqual(listsUpdated);
    expect(entries.find((e) => e.path === '/gioi-thieu')?.lastModified).toBeUndefined();
    expect((await source.list(2, 2)).map((e) => e.path)).toEqual(SECTIONS.slice(1, 3).map((s) => s.path));
  });
});
