// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// for the changes in prisma/schema.prisma, like `prisma migrate dev --name <name>`, and
// applies it to the development database at DATABASE_URL (default file:./data/portal.db).
import path from 'node:path';
import { createMigration, normalizeMigrationName } from '../lib/db/schema-engine';

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

  const created = await createMigration(name, { log: (line) => console.log(line) });
  console.log(created ? `New migration: ${path.relative(process.cwd(), created.directory)}` : 'No schema changes');
}

main().catch((error: unknown) => {
  console.error(`Creating the migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
