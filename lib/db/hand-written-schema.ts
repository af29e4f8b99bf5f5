// What hand-written migrations add to the database beyond prisma/schema.prisma: the
// full-text search index (prisma/migrations*/*_article_search). Prisma's schema language
// cannot describe FTS5 tables or triggers, so the migration engine must be told about them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseKind } from './database-url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Tables made by the hand-written search migrations of each database (its own design on
 * each: FTS5 on SQLite, a tsvector table on PostgreSQL), by the names that database uses.
 */
export const SEARCH_TABLES: Record<DatabaseKind, readonly string[]> = {
  sqlite: [
    'ArticleSearchDoc',
    // the FTS5 virtual table and the shadow tables SQLite creates for it
    'ArticleSearch',
    'ArticleSearch_config',
    'ArticleSearch_data',
    'ArticleSearch_docsize',
    'ArticleSearch_idx',
  ],
  postgresql: ['ArticleSearch'],
};

/**
 * Tables the migration engine must treat as externally managed on a database, or every
 * migration generated from the schema would drop them. The engine wants PostgreSQL's
 * names qualified with their schema ("public.ArticleSearch"), and SQLite's bare.
 * Read by lib/db/schema-engine.ts and by prisma.config.ts (`tables.external`).
 */
export function externalTables(kind: DatabaseKind): string[] {
  return kind === 'postgresql' ? SEARCH_TABLES.postgresql.map((table) => `public.${table}`) : [...SEARCH_TABLES.sqlite];
}

/** The SQLite list (prisma.config.ts describes the SQLite schema). */
export const EXTERNAL_TABLES = externalTables('sqlite');

/**
 * Triggers on Prisma's own tables, by table, as the SQL that creates them. SQLite drops a
 * table's triggers with the table, and Prisma rebuilds a SQLite table (create a copy, drop,
 * rename) for most changes to it, so a generated migration that rebuilds one of these
 * tables must create its triggers again.
 */
export const TABLE_TRIGGER_FILES: Record<string, string> = {
  Article: path.join(PROJECT_ROOT, 'prisma', 'triggers', 'article-search.sql'),
};

/**
 * `script` (a generated migration) followed by the triggers of every table it drops and
 * re-creates; unchanged when it rebuilds none of them.
 */
export async function withRecreatedTriggers(script: string): Promise<string> {
  let result = script;
  for (const [table, file] of Object.entries(TABLE_TRIGGER_FILES)) {
    if (!new RegExp(`^DROP TABLE "${table}";$`, 'm').test(script)) continue;
    const triggers = await readFile(file, 'utf-8');
    result +=
      `\n\n-- The triggers of "${table}" were dropped with the table above: create them again\n` +
      `-- (${path.relative(PROJECT_ROOT, file)}, appended by lib/db/schema-engine.ts).\n` +
      triggers;
  }
  return result;
}
