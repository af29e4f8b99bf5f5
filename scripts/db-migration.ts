// `npm run db:migration -- <name>`: for the changes in prisma/schema.prisma, writes
// prisma/migrations/<timestamp>_<name>/migration.sql (SQLite) and
// prisma/migrations-postgresql/<timestamp>_<name>/migration.sql (PostgreSQL), like
// `prisma migrate dev --name <name>` once per database, then regenerates both clients.
// The development database at DATABASE_URL takes its migration; the other database's
// migration is made on a throwaway database (for PostgreSQL, on the server at
// TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createMigrationsForBothDatabases } from '../lib/db/both-databases';
import { databaseKind, databaseUrl } from '../lib/db/database-url';
import { assertPostgresReachable } from '../lib/db/postgresql-databases.mjs';
import { normalizeMigrationName } from '../lib/db/schema-engine';

const USAGE = 'Usage: npm run db:migration -- <name>   (name: lowercase letters, digits, "_" and "-")';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1) {
    console.error(USAGE);
    process.exitCode = 1;
    return;
  }
  const [name] = args;
  try {
    normalizeMigrationName(name);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 1;
    return;
  }

  const url = databaseUrl();
  const kind = databaseKind(url);
  // Both migrations or none: check the PostgreSQL side can be made before writing anything.
  if (kind !== 'postgresql') await assertPostgresReachable();
  const created = await createMigrationsForBothDatabases(name, {
    sqliteUrl: kind === 'sqlite' ? url : undefined,
    postgresqlUrl: kind === 'postgresql' ? url : undefined,
    log: (line) => console.log(line),
  });
  const show = (directory: string | null) => (directory ? path.relative(process.cwd(), directory) : 'no changes');
  console.log(`SQLite migration:     ${show(created.sqlite)}`);
  console.log(`PostgreSQL migration: ${show(created.postgresql)}`);
  if (created.sqlite || created.postgresql) {
    const generate = spawnSync(process.execPath, ['scripts/prisma-generate.mjs'], { stdio: 'inherit' });
    if (generate.status !== 0) throw new Error('regenerating the Prisma clients failed');
  }
}

main().catch((error: unknown) => {
  console.error(`Creating the migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
