// `npm run test:pg`: the PostgreSQL pass of the test suite (`npm test` runs it after the
// SQLite pass). The portal runs as it does on several machines: PostgreSQL, with the page
// cache, rate limits and locks in Redis.
//   1. the unit tests on PostgreSQL (TEST_DATABASE=postgresql)
//   2. the end-to-end tests against a production build on a throwaway PostgreSQL database
//   3. the cluster tests: two instances of that build behind nginx (playwright.cluster.config.ts)
// Every database and Redis key prefix made here is removed afterwards. Without PostgreSQL,
// Redis or nginx it stops with a message saying what is missing: it never skips.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { assertPostgresReachable, createThrowawayDatabase } from '../lib/db/postgresql-databases.mjs';
import { assertRedisReachable, deleteRedisKeys, uniqueRedisPrefix } from '../test/redis-scratch.mjs';
import { requireNginx } from './support/nginx.mjs';

const bin = (name) => path.resolve('node_modules', '.bin', name);

try {
  await assertPostgresReachable();
  await assertRedisReachable();
} catch (error) {
  console.error(`\n✖ ${error.message}\n`);
  process.exit(1);
}
requireNginx();

async function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

/** Runs `work` with a throwaway database and Redis prefix, removed whatever happens. */
async function withScratch(purpose, work) {
  const database = await createThrowawayDatabase(purpose);
  const redisPrefix = uniqueRedisPrefix(purpose);
  try {
    return await work({ E2E_DATABASE_URL: database.url, E2E_REDIS_PREFIX: redisPrefix });
  } finally {
    await database.drop().catch((error) => console.error(`dropping ${database.name}: ${error.message}`));
    await deleteRedisKeys(redisPrefix).catch((error) => console.error(`deleting ${redisPrefix}*: ${error.message}`));
  }
}

// Unit tests that use both databases (or none) whatever the pass: the SQLite pass ran them
// already. Every other test, including any new one, runs again on PostgreSQL.
const BOTH_DATABASES_ALREADY = [
  'lib/db/schema-engine.test.ts',
  'lib/db/schema-engine.postgresql.test.ts',
  'lib/db/schema-equivalence.test.ts',
  'lib/search/search-equivalence.test.ts',
  'lib/cache/distributed-lock.test.ts',
  'lib/security/rate-limit.test.ts',
  'lib/db/copy-database.test.ts',
  'scripts/support/nginx.test.ts',
];
let ok = await step(
  'Unit tests on PostgreSQL',
  bin('vitest'),
  ['run', ...BOTH_DATABASES_ALREADY.flatMap((file) => ['--exclude', file])],
  { TEST_DATABASE: 'postgresql' },
);
const e2eStarted = Date.now();
ok =
  (await withScratch('e2e', (scratch) =>
    step('End-to-end tests on PostgreSQL + Redis', bin('playwright'), ['test'], { ...scratch, E2E_DATABASE: 'postgresql' }),
  )) && ok;
// The cluster serves the build the previous pass made (on PostgreSQL, with Redis).
const builtByE2e = (statSync('.next/BUILD_ID', { throwIfNoEntry: false })?.mtimeMs ?? 0) >= e2eStarted;
ok =
  (await withScratch('cluster', (scratch) =>
    step('Two instances behind nginx', bin('playwright'), ['test', '--config', 'playwright.cluster.config.ts'], {
      ...scratch,
      E2E_SKIP_BUILD: builtByE2e ? '1' : (process.env.E2E_SKIP_BUILD ?? '0'),
    }),
  )) && ok;

process.exit(ok ? 0 : 1);
