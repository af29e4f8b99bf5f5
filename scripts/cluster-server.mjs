// Two portal instances behind nginx, sharing PostgreSQL and Redis, for the cluster tests
// (playwright.cluster.config.ts runs this) and the benchmarks. Uses the production build
// in .next (E2E_SKIP_BUILD=1, as `npm run test:pg` does after its end-to-end pass) or
// makes one. nginx runs with the repository's deploy/nginx/portal-maps.conf and
// portal-locations.conf, so the configuration operators install is the one tested.
// Writes .e2e-cluster/cluster.json (addresses, database, Redis prefix) for the tests.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertPostgresReachable, createThrowawayDatabase } from '../lib/db/postgresql-databases.mjs';
import { deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from '../test/redis-scratch.mjs';
import { clusterPorts, nginxConfig, requireNginx } from './support/nginx.mjs';

const root = process.cwd();
const workDir = path.join(root, '.e2e-cluster');
const ports = clusterPorts();
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const children = [];
const cleanups = [];

let shuttingDown;
function shutDown(code) {
  shuttingDown ??= stopAll(code);
  return shuttingDown;
}

async function stopAll(code) {
  for (const child of [...children].reverse()) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  for (const cleanup of cleanups.splice(0)) await cleanup().catch((error) => console.error(`[cluster] clean-up: ${error.message}`));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shutDown(0));

function fail(message) {
  console.error(`[cluster] ${message}`);
  return shutDown(1);
}

const nginx = requireNginx();
await assertPostgresReachable();
let databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  const throwaway = await createThrowawayDatabase('cluster');
  cleanups.push(() => throwaway.drop());
  databaseUrl = throwaway.url;
}
const redisPrefix = process.env.E2E_REDIS_PREFIX || uniqueRedisPrefix('cluster');
if (!process.env.E2E_REDIS_PREFIX) cleanups.push(() => deleteRedisKeys(redisPrefix));

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: databaseUrl,
  REDIS_URL: testRedisUrl(),
  REDIS_PREFIX: redisPrefix,
  AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString('base64url'),
  // on PostgreSQL, media lives in the database; this folder must stay unused
  MEDIA_DIR: path.join(workDir, 'media'),
  SITE_URL: `http://localhost:${ports.nginx}`,
  PRERENDER_ARTICLES: '3',
};

for (const [label, args] of [
  ['migrate', ['scripts/db-migrate.ts']],
  ['seed', ['scripts/db-seed.ts']],
  ['fixtures', ['--conditions=react-server', 'e2e/fixtures/add-fixtures.ts']],
]) {
  console.log(`[cluster] ${label}`);
  if (spawnSync(bin('tsx'), args, { stdio: 'inherit', env }).status !== 0) await fail(`${label} failed`);
}
if (process.env.E2E_SKIP_BUILD === '1') {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) await fail('E2E_SKIP_BUILD=1 but there is no build in .next');
} else {
  console.log('[cluster] build');
  if (spawnSync(bin('next'), ['build'], { stdio: 'inherit', env }).status !== 0) await fail('build failed');
}

const instances = ports.instances.map((port, index) => {
  const queryLog = path.join(workDir, `queries-${index + 1}.log`);
  writeFileSync(queryLog, '');
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(port)], {
    stdio: 'inherit',
    env: { ...env, PORT: String(port), PORTAL_QUERY_LOG: queryLog },
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!shuttingDown) fail(`instance on port ${port} exited (${code ?? signal})`);
  });
  return { url: `http://127.0.0.1:${port}`, queryLog };
});

for (const instance of instances) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${instance.url}/api/health`).then((response) => response.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) await fail(`no healthy answer from ${instance.url}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const configFile = nginxConfig({ workDir, listenPort: ports.nginx, upstreamPorts: ports.instances, microCache: true });
const proxy = spawn(nginx, ['-p', workDir, '-c', configFile], { stdio: 'inherit' });
children.unshift(proxy);
proxy.on('exit', (code, signal) => {
  if (!shuttingDown) fail(`nginx exited (${code ?? signal})`);
});

writeFileSync(
  path.join(workDir, 'cluster.json'),
  JSON.stringify({ nginx: `http://127.0.0.1:${ports.nginx}`, instances, databaseUrl, redisUrl: env.REDIS_URL, redisPrefix }, null, 2),
);
console.log(`[cluster] nginx on ${ports.nginx} → instances on ${ports.instances.join(', ')}`);
