// The wasm migration engine on PostgreSQL (lib/db/schema-engine.ts through
// lib/db/postgresql-adapter.ts), and `npm run db:migration` writing both databases' migrations.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { createMigrationsForBothDatabases } from './both-databases';
import { testPostgresUrl } from './postgresql-databases.mjs';
import { applyMigrations, createMigration, DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, POSTGRESQL_MIGRATIONS_DIR, POSTGRESQL_SCHEMA_PATH } from './schema-engine';

let database: TestDatabase;
let workDir: string;

beforeEach(async () => {
  database = await createTestDatabase('postgresql', { migrate: false });
  workDir = mkdtempSync(path.join(tmpdir(), 'schema-engine-pg-'));
});

afterEach(async () => {
  await database.drop();
  rmSync(workDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(sql: string, url = database.url): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const folderNames = (dir: string) =>
  readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

function copyOf(dir: string, name = path.basename(dir)): string {
  const copy = path.join(workDir, name);
  cpSync(dir, copy, { recursive: true });
  return copy;
}

const shadowDatabases = async () =>
  (await query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'", testPostgresUrl())).length;

describe('applyMigrations on PostgreSQL', () => {
  it('applies prisma/migrations-postgresql to a new database once, keeping Prisma’s history table', async () => {
    const { applied } = await applyMigrations({ url: database.url });

    expect(applied).toEqual(folderNames(POSTGRESQL_MIGRATIONS_DIR));
    const history = await query<{ migration_name: string; finished_at: Date | null }>('SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY 1');
    expect(history.map((row) => row.migration_name)).toEqual(applied);
    expect(history.every((row) => row.finished_at !== null)).toBe(true);
    expect(await applyMigrations({ url: database.url })).toEqual({ applied: [] });
  });

  it('sends a migration whole, so semicolons inside a statement survive, and runs it atomically', async () => {
    const migrationsDir = copyOf(POSTGRESQL_MIGRATIONS_DIR);
    mkdirSync(path.join(migrationsDir, '29990101000000_function'));
    writeFileSync(
      path.join(migrationsDir, '29990101000000_function', 'migration.sql'),
      `CREATE FUNCTION "portal_touch"() RETURNS trigger AS $$
BEGIN
  NEW."updatedAt" := now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TABLE "Note" ("text" TEXT NOT NULL DEFAULT 'a; b');
`,
    );
    await applyMigrations({ url: database.url, migrationsDir });
    expect(await query('SELECT proname FROM pg_proc WHERE proname = \'portal_touch\'')).toHaveLength(1);

    mkdirSync(path.join(migrationsDir, '29990102000000_broken'));
    writeFileSync(path.join(migrationsDir, '29990102000000_broken', 'migration.sql'), 'CREATE TABLE "Half" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);\n');
    await expect(applyMigrations({ url: database.url, migrationsDir })).rejects.toThrow(/29990102000000_broken failed/);
    expect(await query("SELECT 1 FROM pg_tables WHERE tablename = 'Half'")).toEqual([]);
  });
});

describe('createMigration on PostgreSQL', () => {
  it('writes the PostgreSQL migration of a schema change, using a shadow database that is dropped afterwards', async () => {
    const migrationsDir = copyOf(POSTGRESQL_MIGRATIONS_DIR);
    await applyMigrations({ url: database.url, migrationsDir });
    await query(`INSERT INTO "SeedRun" ("name") VALUES ('kept')`);
    const schemaPath = path.join(workDir, 'schema.prisma');
    writeFileSync(schemaPath, readFileSync(POSTGRESQL_SCHEMA_PATH, 'utf8') + '\nmodel Notice {\n  id    String   @id\n  at    DateTime\n  @@index([at])\n}\n');
    const shadowsBefore = await shadowDatabases();

    const created = await createMigration('add-notice', { url: database.url, migrationsDir, schemaPath });

    const sql = readFileSync(path.join(created!.directory, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Notice"');
    expect(sql).toContain('"at" TIMESTAMP(3) NOT NULL');
    expect(sql).toContain('CREATE INDEX "Notice_at_idx" ON "Notice"("at");');
    expect(await query('SELECT name FROM "SeedRun"')).toEqual([{ name: 'kept' }]);
    expect(await query("SELECT 1 FROM pg_tables WHERE tablename = 'Notice'")).toHaveLength(1);
    expect(await shadowDatabases()).toBe(shadowsBefore);
    expect(await createMigration('again', { url: database.url, migrationsDir, schemaPath })).toBeNull();
  });
});

describe('createMigrationsForBothDatabases (npm run db:migration)', () => {
  it('writes one migration per database under the same name, and brings a lagging folder up to date', async () => {
    const sqliteMigrationsDir = copyOf(DEFAULT_MIGRATIONS_DIR, 'sqlite');
    const postgresqlMigrationsDir = copyOf(POSTGRESQL_MIGRATIONS_DIR, 'postgresql');
    const schemaPath = path.join(workDir, 'schema.prisma');
    writeFileSync(schemaPath, readFileSync(DEFAULT_SCHEMA_PATH, 'utf8') + '\nmodel Notice {\n  id    String   @id\n  at    DateTime\n  file  Bytes?\n}\n');
    const options = { schemaPath, sqliteMigrationsDir, postgresqlMigrationsDir, postgresqlUrl: database.url, now: new Date('2999-01-02T03:04:05Z') };

    const created = await createMigrationsForBothDatabases('add-notice', options);

    expect(path.basename(created.sqlite!)).toBe('29990102030405_add_notice');
    expect(path.basename(created.postgresql!)).toBe('29990102030405_add_notice');
    expect(readFileSync(path.join(created.sqlite!, 'migration.sql'), 'utf8')).toContain('"file" BLOB');
    expect(readFileSync(path.join(created.postgresql!, 'migration.sql'), 'utf8')).toContain('"file" BYTEA');

    // A merge brought the SQLite migration but not its PostgreSQL twin.
    rmSync(created.postgresql!, { recursive: true });
    const otherDatabase = await createTestDatabase('postgresql', { migrate: false });
    try {
      const caughtUp = await createMigrationsForBothDatabases('catch-up', { ...options, postgresqlUrl: otherDatabase.url, now: new Date('2999-01-03T00:00:00Z') });
      expect(caughtUp.sqlite).toBeNull();
      expect(path.basename(caughtUp.postgresql!)).toBe('29990103000000_catch_up');
      expect(existsSync(path.join(sqliteMigrationsDir, '29990103000000_catch_up'))).toBe(false);
    } finally {
      await otherDatabase.drop();
    }
  });
});
