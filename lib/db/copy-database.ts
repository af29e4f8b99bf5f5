// `npm run db:copy`: moves a portal's data (normally the embedded SQLite file) into a
// PostgreSQL database, for a site that outgrows its first machine.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from './client';
import { databaseKind } from './database-url';
import { SEARCH_TABLES } from './hand-written-schema';
import { applyMigrations, migrationSources } from './schema-engine';

export type CopyOptions = {
  from: string;
  to: string;
  /** Replace whatever the target holds (by default a target with any row is refused). */
  force?: boolean;
  /** Where the source's uploaded files live (its MEDIA_DIR): they move into the database. */
  mediaDir?: string;
  log?: (line: string) => void;
};

export type CopyReport = { tables: { table: string; rows: number }[]; mediaFilesEmbedded: number; mediaFilesMissing: string[] };

type Delegate = {
  findMany: (args: object) => Promise<Record<string, unknown>[]>;
  createMany: (args: { data: Record<string, unknown>[] }) => Promise<{ count: number }>;
  deleteMany: (args?: object) => Promise<{ count: number }>;
  count: () => Promise<number>;
};

const BATCH = 500;

/**
 * Copies every table of `from` into the PostgreSQL database `to`, in foreign-key order,
 * inside one transaction on the target: the target gets all rows or none. The target is
 * migrated first; the source must have every migration of its kind applied, and is only
 * read. Uploaded files found under `mediaDir` are stored in Media.data, where the portal
 * on PostgreSQL serves them from. Row counts are compared before the transaction commits.
 */
export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  const log = options.log ?? (() => {});
  if (databaseKind(options.to) !== 'postgresql') throw new Error('The target of the copy must be a PostgreSQL database (postgresql://…)');
  if (options.from === options.to) throw new Error('The source and the target are the same database');

  const source = createPrismaClient(options.from);
  const target = createPrismaClient(options.to);
  try {
    await assertFullyMigrated(source, options.from);
    const { applied } = await applyMigrations({ url: options.to });
    if (applied.length > 0) log(`Target: applied ${applied.length} migration(s)`);

    const tables = await tablesInDependencyOrder(target);
    const delegate = (client: object, table: string) => {
      const found = (client as Record<string, Delegate | undefined>)[table[0].toLowerCase() + table.slice(1)];
      if (!found) throw new Error(`Table "${table}" has no Prisma model: it cannot be copied`);
      return found;
    };

    const occupied: string[] = [];
    for (const { table } of tables) {
      const rows = await delegate(target, table).count();
      if (rows > 0) occupied.push(`${table} (${rows})`);
    }
    if (occupied.length > 0 && !options.force) {
      throw new Error(`The target database is not empty: ${occupied.join(', ')}. Use --force to replace its content.`);
    }

    const report: CopyReport = { tables: [], mediaFilesEmbedded: 0, mediaFilesMissing: [] };
    await target.$transaction(
      async (tx) => {
        if (occupied.length > 0) {
          for (const { table } of [...tables].reverse()) await delegate(tx, table).deleteMany({});
          log(`Target: removed its previous content (${occupied.join(', ')})`);
        }
        for (const { table, primaryKey } of tables) {
          const from = delegate(source, table);
          const to = delegate(tx, table);
          const orderBy = primaryKey.map((column) => ({ [column]: 'asc' }));
          let copied = 0;
          for (let skip = 0; ; skip += BATCH) {
            const rows = await from.findMany({ orderBy, skip, take: BATCH });
            if (rows.length === 0) break;
            if (table === 'Media') await embedMediaFiles(rows, options.mediaDir, report);
            copied += (await to.createMany({ data: rows })).count;
          }
          const [expected, actual] = await Promise.all([from.count(), to.count()]);
          if (copied !== expected || actual !== expected) {
            throw new Error(`${table}: the source has ${expected} rows but ${actual} arrived; nothing was copied`);
          }
          report.tables.push({ table, rows: actual });
          log(`${table}: ${actual} rows`);
        }
      },
      { maxWait: 10_000, timeout: 30 * 60_000 },
    );
    return report;
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}

/** Tables of the target's schema, parents before children, each with its primary key columns. */
async function tablesInDependencyOrder(target: PrismaClient): Promise<{ table: string; primaryKey: string[] }[]> {
  const allTables = await target.$queryRawUnsafe<{ table: string; primaryKey: string[] }[]>(
    `SELECT t.relname AS "table",
            (SELECT array_agg(a.attname::text ORDER BY k.ordinality)
               FROM pg_index x CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY k(attnum, ordinality)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
              WHERE x.indrelid = t.oid AND x.indisprimary) AS "primaryKey"
       FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE t.relkind = 'r' AND n.nspname = current_schema() AND t.relname <> '_prisma_migrations'
      ORDER BY t.relname`,
  );
  // The search index is not copied: the target's triggers fill it as the articles arrive.
  const tables = allTables.filter(({ table }) => !SEARCH_TABLES.postgresql.includes(table));
  const references = await target.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class p ON p.oid = f.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE f.contype = 'f' AND n.nspname = current_schema() AND c.oid <> p.oid`,
  );
  const ordered: { table: string; primaryKey: string[] }[] = [];
  const remaining = new Map(tables.map((entry) => [entry.table, entry]));
  while (remaining.size > 0) {
    const ready = [...remaining.values()].filter(
      ({ table }) => !references.some((ref) => ref.child === table && remaining.has(ref.parent)),
    );
    if (ready.length === 0) throw new Error(`Circular foreign keys between ${[...remaining.keys()].join(', ')}`);
    for (const entry of ready) {
      if (!entry.primaryKey?.length) throw new Error(`Table "${entry.table}" has no primary key`);
      ordered.push(entry);
      remaining.delete(entry.table);
    }
  }
  return ordered;
}

async function assertFullyMigrated(source: PrismaClient, url: string): Promise<void> {
  const { migrationsDir } = migrationSources(databaseKind(url));
  const expected = readdirSync(migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const rows = await source
    .$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )
    .catch(() => {
      throw new Error('The source is not a portal database (it has no migration history)');
    });
  const applied = new Set(rows.map((row) => row.migration_name));
  const missing = expected.filter((name) => !applied.has(name));
  if (missing.length > 0) {
    throw new Error(
      `The source database lacks migrations ${missing.join(', ')}: bring it up to date first ` +
        '(DATABASE_URL=<source> npm run db:migrate), then copy.',
    );
  }
}

async function embedMediaFiles(rows: Record<string, unknown>[], mediaDir: string | undefined, report: CopyReport): Promise<void> {
  if (!mediaDir) return;
  for (const row of rows) {
    if (row.data) continue;
    const file = path.resolve(mediaDir, String(row.storageKey));
    if (!file.startsWith(path.resolve(mediaDir) + path.sep)) continue;
    try {
      row.data = new Uint8Array(await readFile(file));
      report.mediaFilesEmbedded += 1;
    } catch {
      report.mediaFilesMissing.push(String(row.storageKey));
    }
  }
}
