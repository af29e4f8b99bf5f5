// Generates both Prisma clients on every machine, online or not: the SQLite one from
// prisma/schema.prisma (the source of truth) and the PostgreSQL one from the schema
// derived from it (lib/generated/postgresql/schema.prisma, see lib/db/postgresql-schema.mjs).
// Prisma 7's CLI looks for its native schema engine before any command and tries to
// download it when missing; `generate` never uses that engine, so offline we point
// PRISMA_SCHEMA_ENGINE_BINARY at an existing executable to skip the download.
// Where the engine was downloaded (or the variable is already set), nothing changes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_SCHEMA_PATH, writePostgresqlSchema } from '../lib/db/postgresql-schema.mjs';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
const enginesDir = path.resolve('node_modules/@prisma/engines');
const hasNativeEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'));
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeEngine) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

for (const schema of [SOURCE_SCHEMA_PATH, writePostgresqlSchema()]) {
  const result = spawnSync(
    process.execPath,
    [path.resolve('node_modules/prisma/build/index.js'), 'generate', '--schema', schema],
    { stdio: 'inherit', env },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
