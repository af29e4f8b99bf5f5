// The database a unit test works on: SQLite by default, PostgreSQL in the PostgreSQL pass
// of the suite (TEST_DATABASE=postgresql, set by `npm run test:pg`). Each call makes a new,
// empty database with every migration applied; `drop()` removes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseKind } from '@/lib/db/database-url';
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
