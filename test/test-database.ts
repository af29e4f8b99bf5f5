// The database a unit test works on: SQLite by default, PostgreSQL in the PostgreSQL pass
// of the suite (TEST_DATABASE=postgresql, set by `npm run test:pg`). Each call makes a new,
// empty database with every migration applied; `drop()` removes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseKind } from '@/lib/db/database-url';
import type { PrismaClient } from '@/lib/db/client';
import { createThrowawayDatabase } from '@/lib/db/postgresql-databases.mjs';
import { applyMigrations } from '@/lib/db/schema-engine';

export type TestDatabase = { kind: DatabaseKind; url: string; drop: () => Promise<void> };

export function testDatabaseKind(): DatabaseKind {
  const kind = process.env.TEST_DATABASE?.trim() || 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgresql') throw new Error(`TEST_DATABASE must be "sqlite" or "postgresql", not "${kind}"`);
  return kind;
}

/** A new database of `kind`, with every migration applied unless `migrate` is false. */
export async function createTestDatabase(kind = testDatabaseKind(), { migrate = true } = {}): Promise<TestDatabase> {
  let database: TestDatabase;
  if (kind === 'postgresql') {
    const throwaway = await createThrowawayDatabase('unit');
    database = { kind, url: throwaway.url, drop: throwaway.drop };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-unit-'));
    database = { kind, url: `file:${path.join(dir, 'portal.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (migrate) await applyMigrations({ url: database.url });
  return database;
}

export type TestDatabaseWithClient = TestDatabase & { prisma: PrismaClient; dispose: () => Promise<void> };

/** A new migrated database (of the pass's kind) with a Prisma client on it; `dispose()` closes and drops both. */
export async function createTestDatabaseWithClient(kind = testDatabaseKind()): Promise<TestDatabaseWithClient> {
  const database = await createTestDatabase(kind);
  // Imported here, not at the top: lib/db/client makes the process's default client from
  // DATABASE_URL when first imported, which some tests set before importing it.
  const { createPrismaClient } = await import('@/lib/db/client');
  const prisma = createPrismaClient(database.url);
  return {
    ...database,
    prisma,
    dispose: async () => {
      await prisma.$disconnect();
      await database.drop();
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
