// `npm run db:migrate`: applies the pending migrations of prisma/migrations to DATABASE_URL
// (default file:./data/portal.db), like `prisma migrate deploy`, without the Prisma CLI's
// native engine (see lib/db/schema-engine.ts).
import path from 'node:path';
import { databaseKind, databaseUrl, sqliteFilePath } from '../lib/db/database-url';
import { applyMigrations } from '../lib/db/schema-engine';

async function main(): Promise<void> {
  const url = databaseUrl();
  const { applied } = await applyMigrations({ url, log: (line) => console.log(line) });
  // Never print a PostgreSQL URL: it may carry a password.
  const target = databaseKind(url) === 'sqlite' ? displayPath(sqliteFilePath(url)) : 'PostgreSQL';
  console.log(
    applied.length === 0 ? `Database is up to date (${target})` : `${applied.length} migration(s) applied to ${target}`,
  );
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
