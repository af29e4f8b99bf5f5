// Runs `prisma generate` on every machine, online or not.
// Prisma 7's CLI looks for its native schema engine before any command and tries to
// download it when missing; `generate` never uses that engine, so offline we point
// PRISMA_SCHEMA_ENGINE_BINARY at an existing executable to skip the download.
// Where the engine was downloaded (or the variable is already set), nothing changes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
const enginesDir = path.resolve('node_modules/@prisma/engines');
const hasNativeEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'));
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeEngine) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync(process.execPath, [path.resolve('node_modules/prisma/build/index.js'), 'generate'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
