// A throwaway migrated SQLite database for unit tests that need real SQL (not part of the app).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';

export type TestDatabase = { prisma: PrismaClient; url: string; dispose: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
  const url = `file:${path.join(dir, 'portal.db')}`;
  await applyMigrations({ url });
  const prisma = createPrismaClient(url);
  return {
    prisma,
    url,
    dispose: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** An article in a category of its own; published unless another status is given. */
export async function createTestArticle(prisma: PrismaClient, status = 'published') {
  counter += 1;
  const category = await prisma.category.create({ data: { slug: `muc-${counter}-${Date.now()}`, name: `Mục ${counter}` } });
  return prisma.article.create({
    data: {
      slug: `bai-${counter}-${Date.now()}`,
      title: `Bài ${counter}`,
      bodyHtml: '<p>Nội dung</p>',
      status,
      categoryId: category.id,
      publishedAt: new Date('2024-01-01T00:00:00Z'),
    },
  });
}
