// `npm run test:faults` (`npm test` runs it after the PostgreSQL pass): the portal under
// faults, each test starting, killing and restarting what it needs (playwright.faults.config.ts):
//   1. SIGKILL during a vote storm and an editor's save (SQLite)
//   2. PostgreSQL, then Redis, restarted under load (a PostgreSQL and a Redis of the test's own,
//      on ports 55432 and 56379, FAULTS_POSTGRES_PORT / FAULTS_REDIS_PORT; never the shared ones)
//   3. a full disk and a read-only data directory (a tmpfs mounted in a mount namespace of
//      the test's own: `unshare -m` as root, `unshare -rm` otherwise)
// It serves the production build in .next when E2E_SKIP_BUILD=1 (as `npm test` does, after
// the passes that built it), else builds first. Without PostgreSQL's programs, redis-server or
// `unshare`, it stops with a message saying what is missing: it never skips.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const isRoot = process.getuid?.() === 0;
const env = { ...process.env, E2E_PORT: process.env.E2E_PORT || '3300', NEXT_TELEMETRY_DISABLED: '1' };

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function hasCommand(command, args = ['--version']) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error;
}

// What the tests need from the machine, checked before anything is built.
const postgresBin = ['/usr/lib/postgresql']
  .filter(existsSync)
  .flatMap((dir) => readdirSync(dir).map((version) => path.join(dir, version, 'bin')))
  .find((dir) => existsSync(path.join(dir, 'initdb')));
if (!postgresBin && !hasCommand('initdb')) fail('The fault tests run a PostgreSQL of their own: install the PostgreSQL server (initdb, pg_ctl).');
if (!hasCommand('redis-server')) fail('The fault tests run a Redis of their own: install redis-server.');
if (isRoot && !hasCommand('runuser', ['--help'])) fail('As root, PostgreSQL runs as the `postgres` user through runuser (util-linux).');
const unshareArgs = isRoot ? ['-m', '--propagation', 'private'] : ['-r', '-m', '--propagation', 'private'];
if (spawnSync('unshare', [...unshareArgs, 'true'], { stdio: 'ignore' }).status !== 0) {
  fail(
    `The disk fault tests need a mount namespace of their own (unshare ${unshareArgs.join(' ')}), which this machine refuses. ` +
      'Run them as root, or where unprivileged user namespaces are allowed.',
  );
}

function step(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`  ${label}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

if (process.env.E2E_SKIP_BUILD === '1') {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) fail('E2E_SKIP_BUILD=1 but there is no build in .next');
} else {
  // The build prerenders pages from a database: a throwaway one, like the tests' own.
  const buildDir = path.join(root, '.faults', 'build');
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  const buildEnv = { DATABASE_URL: `file:${path.join(buildDir, 'portal.db')}`, MEDIA_DIR: path.join(buildDir, 'media'), REDIS_URL: '' };
  const built =
    step('Database for the build', bin('tsx'), ['scripts/db-migrate.ts'], buildEnv) &&
    step('Seed', bin('tsx'), ['scripts/db-seed.ts'], buildEnv) &&
    step('Build', bin('next'), ['build'], buildEnv);
  if (!built) process.exit(1);
}

/**
 * The private PostgreSQL and Redis of a test that crashed before it could stop them
 * (e2e-faults/support/private-servers.ts keeps both under tmpdir()/portal-faults-*): stopped
 * by their own pid files, their folders removed. Nothing else is touched.
 */
function removeLeftoverServers() {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith('portal-faults-'))) {
    const folder = path.join(tmpdir(), name);
    const pgData = path.join(folder, 'postgresql');
    if (existsSync(path.join(pgData, 'postmaster.pid')) && postgresBin) {
      const pgCtl = [path.join(postgresBin, 'pg_ctl'), '-D', pgData, '-m', 'immediate', '-w', 'stop'];
      spawnSync(isRoot ? 'runuser' : pgCtl[0], isRoot ? ['-u', 'postgres', '--', ...pgCtl] : pgCtl.slice(1), { stdio: 'ignore' });
    }
    const redisPidFile = path.join(folder, 'redis.pid');
    if (existsSync(redisPidFile)) {
      const pid = Number(readFileSync(redisPidFile, 'utf8'));
      const command = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
      if (pid > 0 && command.includes('redis-server')) process.kill(pid, 'SIGKILL');
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

removeLeftoverServers();
const playwright = [bin('playwright'), 'test', '--config', 'playwright.faults.config.ts'];
let ok = step('SIGKILL, and PostgreSQL and Redis restarts', playwright[0], [...playwright.slice(1), 'e2e-faults/sigkill.spec.ts', 'e2e-faults/database-restarts.spec.ts']);
ok =
  step('Full disk and read-only data directory (private mount namespace)', 'unshare', [...unshareArgs, ...playwright, 'e2e-faults/disk.spec.ts'], {
    FAULTS_PRIVATE_MOUNTS: '1',
  }) && ok;
removeLeftoverServers();
process.exit(ok ? 0 : 1);
