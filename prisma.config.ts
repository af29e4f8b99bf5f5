// Configuration for the ordinary Prisma CLI (`npx prisma …` on a machine that can
// download Prisma's native engine). Offline, `npm run db:migrate` / `db:migration`
// drive the same migrations through the WebAssembly schema engine instead.
// On PostgreSQL the CLI works on the derived schema and its own migrations folder.
import { defineConfig } from 'prisma/config';
import { databaseKind, databaseUrl } from './lib/db/database-url';
import { externalTables } from './lib/db/hand-written-schema';

const postgresql = databaseKind(databaseUrl()) === 'postgresql';

export default defineConfig({
  schema: postgresql ? 'lib/generated/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: {
    path: postgresql ? 'prisma/migrations-postgresql' : 'prisma/migrations',
    seed: 'tsx scripts/db-seed.ts',
  },
  datasource: { url: databaseUrl() },
  // The search index is created by a hand-written migration; `migrate dev` must not drop it.
  experimental: { externalTables: true },
  tables: { external: externalTables(postgresql ? 'postgresql' : 'sqlite') },
});
