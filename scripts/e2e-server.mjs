// Serves a production build on a throwaway database for the end-to-end tests
// (Playwright's webServer runs this). ISR only exists in a production build.
// E2E_DATABASE=postgresql runs the portal the way several instances run it: on PostgreSQL
// (E2E_DATABASE_URL, or a database created here and dropped on exit) with the page cache,
// rate limits and locks in Redis (TEST_REDIS_URL, under E2E_REDIS_PREFIX or a fresh prefix).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertPostgresReachable, createThrowawayDatabase } from '../lib/db/postgresql-databases.mjs';
import { deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from '../test/redis-scratch.mjs';

const root = process.cwd();
const workDir = path.join(root, '.e2e');
const port = process.env.E2E_PORT || '3100';
const database = process.env.E2E_DATABASE || 'sqlite';
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });

const cleanups = [];
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(workDir, 'portal.db')}`,
  MEDIA_DIR: path.join(workDir, 'media'),
  SITE_URL: `http://localhost:${port}`,
  PORT: port,
  // only the newest few articles are prerendered, so on-demand ISR is exercised too
  PRERENDER_ARTICLES: '3',
};
if (database === 'postgresql') {
  if (process.env.E2E_DATABASE_URL) {
    env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  } else {
    await assertPostgresReachable();
    const throwaway = await createThrowawayDatabase('e2e');
    cleanups.push(() => throwaway.drop());
    env.DATABASE_URL = throwaway.url;
  }
  env.REDIS_URL = testRedisUrl();
  // instances sharing Redis need one secret (lib/security/secrets.ts)
  env.AUTH_SECRET ||= randomBytes(32).toString('base64url');
  env.REDIS_PREFIX = process.env.E2E_REDIS_PREFIX || uniqueRedisPrefix('e2e');
  if (!process.env.E2E_REDIS_PREFIX) cleanups.push(() => deleteRedisKeys(env.REDIS_PREFIX));
} else if (database !== 'sqlite') {
  console.error(`[e2e] E2E_DATABASE must be "sqlite" or "postgresql", not "${database}"`);
  process.exit(1);
} else {
  delete env.REDIS_URL;
}
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

async function cleanUp() {
  for (const cleanup of cleanups.splice(0)) await cleanup().catch((error) => console.error(`[e2e] clean-up: ${error.message}`));
}

async function run(label, command, args) {
  console.log(`[e2e] ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[e2e] ${label} failed`);
    await cleanUp();
    process.exit(1);
  }
}

await run(`migrate (${database})`, bin('tsx'), ['scripts/db-migrate.ts']);
await run('seed', bin('tsx'), ['scripts/db-seed.ts']);
await run('fixtures', bin('tsx'), ['--conditions=react-server', 'e2e/fixtures/add-fixtures.ts']);
if (process.env.E2E_SKIP_BUILD !== '1') await run('build', bin('next'), ['build']);
// Reusing a build: pages an earlier run cached on disk belong to its database, not this one.
else rmSync(path.join(root, '.next', 'server', 'route-cache'), { recursive: true, force: true });

// Every database query the server makes is appended to this file, so tests can prove
// that a cached page is served without touching the database.
const queryLog = path.join(workDir, 'queries.log');
writeFileSync(queryLog, '');
const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', port], {
  stdio: 'inherit',
  env: { ...env, PORTAL_QUERY_LOG: queryLog, CSP_REFUSALS_LOG: path.join(workDir, 'csp-refusals.log') },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', async (code) => {
  await cleanUp();
  process.exit(code ?? 0);
});
