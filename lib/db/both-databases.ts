// `npm run db:migration`: one schema change, one migration for each database.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseKind } from './database-url';
import { createThrowawayDatabase } from './postgresql-databases.mjs';
import { derivePostgresqlSchema, SOURCE_SCHEMA_PATH, writePostgresqlSchema } from './postgresql-schema.mjs';
import {
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  normalizeMigrationName,
  POSTGRESQL_MIGRATIONS_DIR,
} from './schema-engine';

export interface BothMigrationsOptions {
  /** prisma/schema.prisma unless given; the PostgreSQL schema is derived from it. */
  schemaPath?: string;
  sqliteMigrationsDir?: string;
  postgresqlMigrationsDir?: string;
  /** Development databases that take the new migration; throwaway ones when not given. */
  sqliteUrl?: string;
  postgresqlUrl?: string;
  log?: (line: string) => void;
  now?: Date;
}

export type BothMigrations = { sqlite: string | null; postgresql: string | null };

/**
 * Writes the migration of the changes in the schema for SQLite and for PostgreSQL, under
 * the same folder name (`<UTC timestamp>_<name>`) in prisma/migrations and
 * prisma/migrations-postgresql. Each engine diffs its own folder against the schema, so a
 * database whose folder is already up to date gets nothing: that also brings one folder up
 * to the other after a merge that added a migration to only one of them.
 */
export async function createMigrationsForBothDatabases(name: string, options: BothMigrationsOptions = {}): Promise<BothMigrations> {
  const slug = normalizeMigrationName(name);
  const directoryName = `${(options.now ?? new Date()).toISOString().replace(/\D/g, '').slice(0, 14)}_${slug}`;
  const log = options.log ?? (() => {});
  const schemaPath = path.resolve(options.schemaPath ?? SOURCE_SCHEMA_PATH);
  for (const [kind, url] of [['sqlite', options.sqliteUrl], ['postgresql', options.postgresqlUrl]] as const) {
    if (url && databaseKind(url) !== kind) throw new Error(`The ${kind} development database URL is not a ${kind} URL`);
  }

  const scratch = await mkdtemp(path.join(tmpdir(), 'portal-migration-'));
  const throwaway = options.postgresqlUrl ? null : await createThrowawayDatabase('migration');
  try {
    let postgresqlSchemaPath: string;
    if (schemaPath === SOURCE_SCHEMA_PATH) {
      postgresqlSchemaPath = writePostgresqlSchema();
    } else {
      postgresqlSchemaPath = path.join(scratch, 'schema.postgresql.prisma');
      // Derived as if it were prisma/schema.prisma: only the migration is wanted from it.
      await writeFile(postgresqlSchemaPath, derivePostgresqlSchema(await readFile(schemaPath, 'utf8')));
    }

    const sqlite = await createMigration(name, {
      url: options.sqliteUrl ?? `file:${path.join(scratch, 'portal.db')}`,
      migrationsDir: options.sqliteMigrationsDir ?? DEFAULT_MIGRATIONS_DIR,
      schemaPath,
      directoryName,
      log: (line) => log(`SQLite: ${line}`),
    });
    const postgresql = await createMigration(name, {
      url: options.postgresqlUrl ?? throwaway!.url,
      migrationsDir: options.postgresqlMigrationsDir ?? POSTGRESQL_MIGRATIONS_DIR,
      schemaPath: postgresqlSchemaPath,
      directoryName,
      log: (line) => log(`PostgreSQL: ${line}`),
    });
    return { sqlite: sqlite?.directory ?? null, postgresql: postgresql?.directory ?? null };
  } finally {
    await throwaway?.drop();
    await rm(scratch, { recursive: true, force: true });
  }
}
