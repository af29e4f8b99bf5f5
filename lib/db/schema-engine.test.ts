import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  normalizeMigrationName,
} from './schema-engine';
import { TABLE_TRIGGER_FILES } from './hand-written-schema';

// Each test works on its own throwaway directory: a database file, and copies of the
// migrations folder and schema whenever the test may write to them.
let workDir: string;
let databaseFile: string;
let url: string;

beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'schema-engine-test-'));
  // A sub-folder that does not exist yet: applyMigrations must create it.
  databaseFile = path.join(workDir, 'data', 'portal.db');
  url = `file:${databaseFile}`;
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const realMigrationNames = () =>
  readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

function copyOfMigrations(): string {
  const copy = path.join(workDir, 'migrations');
  cpSync(DEFAULT_MIGRATIONS_DIR, copy, { recursive: true });
  return copy;
}

/** Every file under `dir` with its content, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = readFileSync(file, 'utf-8');
    }
  }
  return files;
}

function query<T>(sql: string): T[] {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const tableNames = () =>
  query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").map((row) => row.name);

const migrationRows = () =>
  query<{ migration_name: string; checksum: string; finished_at: number | null; started_at: number }>(
    'SELECT migration_name, checksum, finished_at, started_at FROM _prisma_migrations ORDER BY migration_name',
  );

describe('applyMigrations', () => {
  it('applies every migration of prisma/migrations to a new database, in WAL mode', async () => {
    const expected = realMigrationNames();
    expect(expected.length).toBeGreaterThan(0);

    const { applied } = await applyMigrations({ url });

    expect(applied).toEqual(expected);
    expect(tableNames()).toEqual(
      expect.arrayContaining(['_prisma_migrations', 'User', 'Article', 'Category', 'ArticleRevision', 'SeedRun']),
    );
    const rows = migrationRows();
    expect(rows.map((row) => row.migration_name)).toEqual(expected);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    const [{ journal_mode }] = query<{ journal_mode: string }>('PRAGMA journal_mode');
    expect(journal_mode).toBe('wal');
  });

  it('applies nothing the second time and leaves the history as it was', async () => {
    await applyMigrations({ url });
    const before = migrationRows();

    const { applied } = await applyMigrations({ url });

    expect(applied).toEqual([]);
    expect(migrationRows()).toEqual(before);
  });

  it('closes its connections, so that the app can write to the database at once', async () => {
    await applyMigrations({ url });

    const db = new Database(databaseFile, { timeout: 100 });
    try {
      db.prepare('INSERT INTO "SeedRun" ("name") VALUES (?)').run('lock-check');
      expect(db.prepare('SELECT count(*) AS n FROM "SeedRun"').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('applies only what is new, and reports each migration it applies', async () => {
    const migrationsDir = copyOfMigrations();
    await applyMigrations({ url, migrationsDir });
    mkdirSync(path.join(migrationsDir, '29990101000000_add_note'));
    writeFileSync(
      path.join(migrationsDir, '29990101000000_add_note', 'migration.sql'),
      'CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);\n',
    );
    const lines: string[] = [];

    const { applied } = await applyMigrations({ url, migrationsDir, log: (line) => lines.push(line) });

    expect(applied).toEqual(['29990101000000_add_note']);
    expect(lines).toContain('Applied 29990101000000_add_note');
    expect(tableNames()).toContain('Note');
  });

  it('refuses to go on after a migration failed, naming it', async () => {
    const migrationsDir = copyOfMigrations();
    mkdirSync(path.join(migrationsDir, '29990101000000_broken'));
    writeFileSync(
      path.join(migrationsDir, '29990101000000_broken', 'migration.sql'),
      'CREATE TABLE "Half" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );

    await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(/29990101000000_broken failed/);
    await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(
      /29990101000000_broken failed earlier on this database/,
    );
    const broken = migrationRows().find((row) => row.migration_name === '29990101000000_broken');
    expect(broken?.finished_at).toBeNull();
  });

  it('refuses a database whose history has migrations the folder does not have', async () => {
    const migrationsDir = copyOfMigrations();
    const addMigration = (name: string, sql: string) => {
      mkdirSync(path.join(migrationsDir, name));
      writeFileSync(path.join(migrationsDir, name, 'migration.sql'), sql);
    };
    addMigration('29990101000000_newer', 'CREATE TABLE "Newer" ("id" TEXT);\n');
    await applyMigrations({ url, migrationsDir });

    // An older checkout of the code: it lacks the newer migration.
    await expect(applyMigrations({ url })).rejects.toThrow(
      /database has migrations that .* does not have: 29990101000000_newer/,
    );

    // A branch that went another way after the same base.
    rmSync(path.join(migrationsDir, '29990101000000_newer'), { recursive: true });
    addMigration('29990101000000_other', 'CREATE TABLE "Other" ("id" TEXT);\n');
    await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(/diverges/);
    expect(tableNames()).not.toContain('Other');
  });

  it('fails when the migrations folder is missing instead of calling the database up to date', async () => {
    await expect(applyMigrations({ url, migrationsDir: path.join(workDir, 'nowhere') })).rejects.toThrow(
      /No migrations found/,
    );
  });
});

describe('createMigration', () => {
  it('returns null and writes nothing when the schema matches the migrations', async () => {
    const migrationsDir = copyOfMigrations();
    const before = snapshot(migrationsDir);

    const created = await createMigration('nothing_to_do', { url, migrationsDir });

    expect(created).toBeNull();
    expect(snapshot(migrationsDir)).toEqual(before);
    // It brought the development database up to date on the way.
    expect(migrationRows().map((row) => row.migration_name)).toEqual(realMigrationNames());
  });

  it('writes the migration for a schema change, like prisma migrate dev, and applies it', async () => {
    const migrationsDir = copyOfMigrations();
    const schemaPath = path.join(workDir, 'schema.prisma');
    writeFileSync(
      schemaPath,
      readFileSync(DEFAULT_SCHEMA_PATH, 'utf-8') +
        '\nmodel Notice {\n  id    String @id @default(cuid())\n  title String\n\n  @@index([title])\n}\n',
    );
    const startedAt = new Date();

    const created = await createMigration('add-notice', { url, migrationsDir, schemaPath });

    expect(created).not.toBeNull();
    const directoryName = path.basename(created!.directory);
    expect(path.dirname(created!.directory)).toBe(migrationsDir);
    expect(directoryName).toMatch(/^\d{14}_add_notice$/);
    // Prisma names migrations after the UTC time of their creation.
    const stamp = directoryName.slice(0, 14);
    const utcStamp = (date: Date) => date.toISOString().replace(/\D/g, '').slice(0, 14);
    expect(stamp >= utcStamp(new Date(startedAt.getTime() - 1000))).toBe(true);
    expect(stamp <= utcStamp(new Date())).toBe(true);

    const sql = readFileSync(path.join(created!.directory, 'migration.sql'), 'utf-8');
    expect(sql).toContain('CREATE TABLE "Notice"');
    expect(sql).toContain('CREATE INDEX "Notice_title_idx" ON "Notice"("title");');
    expect(sql).not.toContain('CREATE TABLE "Article"');
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf-8')).toBe(
      '# Please do not edit this file manually\n' +
        '# It should be added in your version-control system (e.g., Git)\n' +
        'provider = "sqlite"\n',
    );

    expect(tableNames()).toContain('Notice');
    const rows = migrationRows();
    expect(rows.map((row) => row.migration_name)).toEqual([...realMigrationNames(), directoryName]);
    expect(rows.at(-1)?.finished_at).not.toBeNull();

    // The folder and the schema agree again; another database takes the whole history.
    expect(await createMigration('again', { url, migrationsDir, schemaPath })).toBeNull();
    const otherUrl = `file:${path.join(workDir, 'other.db')}`;
    expect((await applyMigrations({ url: otherUrl, migrationsDir })).applied).toHaveLength(rows.length);
  });

  it('leaves the hand-written search index alone, and re-creates its triggers when Prisma rebuilds Article', async () => {
    const migrationsDir = copyOfMigrations();
    const schemaPath = path.join(workDir, 'schema.prisma');
    // A new column makes Prisma rebuild the whole table on SQLite, which drops its triggers.
    writeFileSync(
      schemaPath,
      readFileSync(DEFAULT_SCHEMA_PATH, 'utf-8').replace(
        '  ratingSum   Int       @default(0)\n',
        '  ratingSum   Int       @default(0)\n  readingMinutes Int    @default(0)\n',
      ),
    );
    const db = () => new Database(databaseFile);
    await applyMigrations({ url, migrationsDir });
    const setup = db();
    try {
      setup.prepare('INSERT INTO "Category" ("id", "slug", "name", "updatedAt") VALUES (?, ?, ?, 0)').run('c', 'c', 'C');
      const insert = setup.prepare(
        'INSERT INTO "Article" ("id", "slug", "title", "bodyHtml", "status", "categoryId", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 0)',
      );
      insert.run('before', 'before', 'Đảng ủy phường', '<p>x</p>', 'published', 'c');
    } finally {
      setup.close();
    }

    const created = await createMigration('add-reading-minutes', { url, migrationsDir, schemaPath });

    const sql = readFileSync(path.join(created!.directory, 'migration.sql'), 'utf-8');
    expect(sql).toContain('DROP TABLE "Article";');
    expect(sql).not.toMatch(/DROP TABLE "ArticleSearch|CREATE (VIRTUAL )?TABLE "ArticleSearch/);
    expect(sql).toContain(readFileSync(TABLE_TRIGGER_FILES.Article, 'utf-8'));
    const triggers = query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
    expect(triggers.map((row) => row.name)).toEqual(['Article_search_delete', 'Article_search_insert', 'Article_search_update']);

    // What was indexed before the rebuild is still found, and new articles are indexed.
    const after = db();
    try {
      after
        .prepare('INSERT INTO "Article" ("id", "slug", "title", "bodyHtml", "status", "categoryId", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 0)')
        .run('after', 'after', 'Đảng ủy khối', '<p>x</p>', 'published', 'c');
      const found = after
        .prepare('SELECT d."articleId" AS id FROM "ArticleSearch" JOIN "ArticleSearchDoc" d ON d."docId" = "ArticleSearch".rowid WHERE "ArticleSearch" MATCH ? ORDER BY id')
        .all('"dang" "uy"');
      expect(found).toEqual([{ id: 'after' }, { id: 'before' }]);
    } finally {
      after.close();
    }
    expect(await createMigration('again', { url, migrationsDir, schemaPath })).toBeNull();
  });

  it('keeps the trigger file and the last migration that creates the triggers identical', () => {
    const triggers = readFileSync(TABLE_TRIGGER_FILES.Article, 'utf-8');
    const body = triggers.slice(triggers.indexOf('CREATE TRIGGER'));
    const latest = realMigrationNames()
      .map((name) => readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, name, 'migration.sql'), 'utf-8'))
      .filter((sql) => sql.includes('CREATE TRIGGER "Article_search_insert"'))
      .at(-1);
    expect(latest).toContain(body.trim());
  });

  it('rejects names the Prisma CLI would change beyond recognition', async () => {
    expect(normalizeMigrationName('add-notice')).toBe('add_notice');
    expect(normalizeMigrationName('init')).toBe('init');
    expect(() => normalizeMigrationName('Add Notice')).toThrow(/Invalid migration name/);
    expect(() => normalizeMigrationName('--')).toThrow(/Invalid migration name/);
    await expect(createMigration('../evil', { url })).rejects.toThrow(/Invalid migration name/);
  });
});
