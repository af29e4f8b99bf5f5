// The SQLite schema is the source of truth; the PostgreSQL schema and migrations are made
// from it. These tests prove the two databases cannot drift apart unnoticed.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import type { DatabaseKind } from './database-url';
import { externalTables, SEARCH_TABLES } from './hand-written-schema';
import { derivePostgresqlSchema, POSTGRESQL_SCHEMA_PATH, SOURCE_SCHEMA_PATH } from './postgresql-schema.mjs';
import { createMigration, DEFAULT_MIGRATIONS_DIR, POSTGRESQL_MIGRATIONS_DIR } from './schema-engine';

type Column = { type: string; nullable: boolean; default: string | null };
type Index = { columns: string[]; unique: boolean };
type ForeignKey = { columns: string[]; references: string; referencedColumns: string[]; onDelete: string; onUpdate: string };
type Table = { columns: Record<string, Column>; primaryKey: string[]; indexes: Record<string, Index>; foreignKeys: ForeignKey[] };
type Structure = Record<string, Table>;

// Tables that exist on one database only by design: the migrations table (each engine keeps
// its own) and each database's own search index (lib/db/hand-written-schema.ts). Everything
// else must be the same on both.
const DATABASE_SPECIFIC_TABLES: Record<DatabaseKind, Set<string>> = {
  sqlite: new Set(['_prisma_migrations', ...SEARCH_TABLES.sqlite]),
  postgresql: new Set(['_prisma_migrations', ...SEARCH_TABLES.postgresql]),
};

// Column types of both databases mapped to the Prisma scalar they store.
const SCALAR_OF: Record<string, string> = {
  TEXT: 'String',
  text: 'String',
  INTEGER: 'Int',
  integer: 'Int',
  BIGINT: 'BigInt',
  bigint: 'BigInt',
  BOOLEAN: 'Boolean',
  boolean: 'Boolean',
  DATETIME: 'DateTime',
  'timestamp(3) without time zone': 'DateTime',
  REAL: 'Float',
  'double precision': 'Float',
  DECIMAL: 'Decimal',
  'numeric(65,30)': 'Decimal',
  BLOB: 'Bytes',
  bytea: 'Bytes',
  JSONB: 'Json',
  jsonb: 'Json',
};

const scalar = (type: string) => SCALAR_OF[type] ?? `unmapped:${type}`;
// 'contributor'::text → 'contributor'; SQLite writes booleans as false/true too.
const normalizeDefault = (value: string | null) => (value === null ? null : value.replace(/::[a-z ]+$/i, ''));
const ACTION_OF: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

function sqliteStructure(url: string): Structure {
  const db = new Database(url.replace(/^file:/, ''), { readonly: true });
  try {
    const structure: Structure = {};
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    for (const { name } of tables) {
      if (DATABASE_SPECIFIC_TABLES.sqlite.has(name)) continue;
      const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
      const indexes: Record<string, Index> = {};
      for (const index of db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number; origin: string }[]) {
        if (index.origin === 'pk') continue;
        const indexColumns = db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string; seqno: number }[];
        indexes[index.name] = { unique: index.unique === 1, columns: indexColumns.sort((a, b) => a.seqno - b.seqno).map((c) => c.name) };
      }
      const foreignKeys = new Map<number, ForeignKey>();
      for (const fk of db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { id: number; seq: number; table: string; from: string; to: string; on_delete: string; on_update: string }[]) {
        const entry = foreignKeys.get(fk.id) ?? { columns: [], references: fk.table, referencedColumns: [], onDelete: fk.on_delete, onUpdate: fk.on_update };
        entry.columns.push(fk.from);
        entry.referencedColumns.push(fk.to);
        foreignKeys.set(fk.id, entry);
      }
      structure[name] = {
        columns: Object.fromEntries(columns.map((c) => [c.name, { type: scalar(c.type), nullable: c.notnull === 0 && c.pk === 0, default: normalizeDefault(c.dflt_value) }])),
        primaryKey: columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
        indexes,
        foreignKeys: [...foreignKeys.values()].sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
      };
    }
    return structure;
  } finally {
    db.close();
  }
}

async function postgresqlStructure(url: string): Promise<Structure> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const structure: Structure = {};
    const { rows: columns } = await client.query<{ table_name: string; column_name: string; type: string; is_nullable: string; column_default: string | null }>(
      `SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) AS type, c.is_nullable, c.column_default
         FROM information_schema.columns c
         JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
        WHERE c.table_schema = 'public' ORDER BY c.table_name, c.ordinal_position`,
    );
    for (const column of columns) {
      if (DATABASE_SPECIFIC_TABLES.postgresql.has(column.table_name)) continue;
      const table = (structure[column.table_name] ??= { columns: {}, primaryKey: [], indexes: {}, foreignKeys: [] });
      table.columns[column.column_name] = { type: scalar(column.type), nullable: column.is_nullable === 'YES', default: normalizeDefault(column.column_default) };
    }
    const { rows: indexes } = await client.query<{ table_name: string; index_name: string; unique: boolean; primary: boolean; columns: string[] }>(
      `SELECT t.relname AS table_name, i.relname AS index_name, x.indisunique AS unique, x.indisprimary AS primary,
              array_agg(a.attname::text ORDER BY k.ordinality) AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ordinality)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        GROUP BY t.relname, i.relname, x.indisunique, x.indisprimary`,
    );
    for (const index of indexes) {
      const table = structure[index.table_name];
      if (!table) continue;
      if (index.primary) table.primaryKey = index.columns;
      else table.indexes[index.index_name] = { unique: index.unique, columns: index.columns };
    }
    const { rows: foreignKeys } = await client.query<{ table_name: string; columns: string[]; references: string; referenced_columns: string[]; on_delete: string; on_update: string }>(
      `SELECT t.relname AS table_name, r.relname AS references, c.confdeltype AS on_delete, c.confupdtype AS on_update,
              (SELECT array_agg(a.attname::text ORDER BY k.ordinality) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ordinality)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ordinality) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ordinality)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class r ON r.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        WHERE c.contype = 'f'`,
    );
    for (const fk of foreignKeys) {
      structure[fk.table_name]?.foreignKeys.push({
        columns: fk.columns,
        references: fk.references,
        referencedColumns: fk.referenced_columns,
        onDelete: ACTION_OF[fk.on_delete],
        onUpdate: ACTION_OF[fk.on_update],
      });
    }
    for (const table of Object.values(structure)) table.foreignKeys.sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
    return structure;
  } finally {
    await client.end();
  }
}

describe('the PostgreSQL schema derived from prisma/schema.prisma', () => {
  it('is the file the PostgreSQL client was generated from (npm run db:generate is up to date)', () => {
    expect(readFileSync(POSTGRESQL_SCHEMA_PATH, 'utf8')).toBe(derivePostgresqlSchema(readFileSync(SOURCE_SCHEMA_PATH, 'utf8')));
  });

  it('differs from the source only in the provider and the client folder', () => {
    const source = readFileSync(SOURCE_SCHEMA_PATH, 'utf8');
    const derived = derivePostgresqlSchema(source);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output   = "../prisma-pg"');
    const strip = (text: string) =>
      text.replace(/^\/\/.*\n/gm, '').trimStart().replace(/provider = "(sqlite|postgresql)"/, 'provider = ?').replace(/output\s+=\s+"[^"]*"/, 'output = ?');
    expect(strip(derived)).toBe(strip(source));
  });

  it('refuses native types, which belong to one database only', () => {
    const source = readFileSync(SOURCE_SCHEMA_PATH, 'utf8').replace('  email          String   @unique', '  email          String   @unique @db.VarChar(200)');
    expect(() => derivePostgresqlSchema(source)).toThrow(/native database type/);
    expect(() => derivePostgresqlSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow();
  });
});

describe('the SQLite and PostgreSQL migrations', () => {
  let sqlite: TestDatabase;
  let postgresql: TestDatabase;
  let scratch: string;

  beforeAll(async () => {
    [sqlite, postgresql] = await Promise.all([createTestDatabase('sqlite'), createTestDatabase('postgresql')]);
    scratch = mkdtempSync(path.join(tmpdir(), 'schema-equivalence-'));
  });

  afterAll(async () => {
    await Promise.all([sqlite?.drop(), postgresql?.drop()]);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('give the same tables, columns, keys and indexes on empty databases', async () => {
    const fromSqlite = sqliteStructure(sqlite.url);
    const fromPostgresql = await postgresqlStructure(postgresql.url);
    expect(Object.keys(fromSqlite)).toEqual(expect.arrayContaining(['Article', 'Media', 'Rating', 'ArticleRevision']));
    expect(JSON.stringify(fromSqlite)).not.toContain('unmapped:');
    expect(fromPostgresql).toEqual(fromSqlite);
  });

  it('each have their own search tables, and the engine is told about exactly those', async () => {
    const db = new Database(sqlite.url.replace(/^file:/, ''), { readonly: true });
    const sqliteTables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    db.close();
    expect(sqliteTables).toEqual(expect.arrayContaining([...SEARCH_TABLES.sqlite]));
    const client = new pg.Client({ connectionString: postgresql.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>("SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = 'public'");
    await client.end();
    const qualified = rows.map((row) => row.name.replaceAll('"', ''));
    expect(externalTables('postgresql').every((name) => /^\w+\.\w+$/.test(name))).toBe(true);
    expect(qualified).toEqual(expect.arrayContaining(externalTables('postgresql')));
    expect(externalTables('sqlite')).toEqual([...SEARCH_TABLES.sqlite]);
  });

  it('each match the schema: neither database has changes waiting for a migration', async () => {
    const copy = (dir: string) => {
      const target = path.join(scratch, path.basename(dir));
      cpSync(dir, target, { recursive: true });
      return target;
    };
    expect(await createMigration('pending', { url: sqlite.url, migrationsDir: copy(DEFAULT_MIGRATIONS_DIR) })).toBeNull();
    expect(await createMigration('pending', { url: postgresql.url, migrationsDir: copy(POSTGRESQL_MIGRATIONS_DIR), schemaPath: POSTGRESQL_SCHEMA_PATH })).toBeNull();
  });

  it('say which database each folder is for', () => {
    const provider = (dir: string) => /provider = "(\w+)"/.exec(readFileSync(path.join(dir, 'migration_lock.toml'), 'utf8'))?.[1];
    expect(provider(DEFAULT_MIGRATIONS_DIR)).toBe('sqlite');
    expect(provider(POSTGRESQL_MIGRATIONS_DIR)).toBe('postgresql');
    expect(readdirSync(POSTGRESQL_MIGRATIONS_DIR).length).toBeGreaterThan(1);
  });
});
