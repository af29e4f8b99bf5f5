// The portal under test: a production server of the build in .next, on a database of the
// test's own, started, killed and restarted by the test itself.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnPortal, stopProcess } from '../../scripts/bench/support';

const root = process.cwd();
export const PORTAL_PORT = Number(process.env.E2E_PORT || 3300);
export const PORTAL_URL = `http://localhost:${PORTAL_PORT}`;

/** Where each test keeps its database, media and server logs (gitignored). */
export function workDirFor(name: string): string {
  return path.join(root, '.faults', name);
}

/** The environment of a portal on SQLite in `dataDir`, or on the given PostgreSQL and Redis. */
export function portalEnv(
  options: { dataDir: string } | { databaseUrl: string; redisUrl: string; mediaDir: string },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: PORTAL_URL,
    PORT: String(PORTAL_PORT),
    // set, so that nothing is written into the worktree's ./data
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    PRERENDER_ARTICLES: '3',
  };
  delete env.PORTAL_QUERY_LOG;
  if ('dataDir' in options) {
    env.DATABASE_URL = `file:${path.join(options.dataDir, 'portal.db')}`;
    env.MEDIA_DIR = path.join(options.dataDir, 'media');
    delete env.REDIS_URL;
  } else {
    env.DATABASE_URL = options.databaseUrl;
    env.REDIS_URL = options.redisUrl;
    env.REDIS_PREFIX = `faults-${randomBytes(4).toString('hex')}:`;
    env.MEDIA_DIR = options.mediaDir;
  }
  return env;
}

/** Migrations, the seed content and the end-to-end fixtures (editor accounts with known passwords). */
export function prepareDatabase(env: NodeJS.ProcessEnv): void {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  for (const [label, args] of [
    ['migrate', ['scripts/db-migrate.ts']],
    ['seed', ['scripts/db-seed.ts']],
    ['fixtures', ['--conditions=react-server', 'e2e/fixtures/add-fixtures.ts']],
  ] as const) {
    const result = spawnSync(tsx, [...args], { cwd: root, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr || result.stdout}`);
  }
}

export type PortalServer = {
  url: string;
  /** SIGKILL to the whole process group, as a crash or the OOM killer would. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
  /** How long from spawning until the first answer. */
  startupMs: number;
};

/**
 * Starts the server and waits until it answers `readyPath`. Its output goes to
 * `<logDir>/server-<n>.log`, which the test attaches when it fails.
 */
export async function startPortal(env: NodeJS.ProcessEnv, logDir: string, readyPath = '/api/health'): Promise<PortalServer> {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `server-${Date.now()}.log`));
  const started = Date.now();
  const child = spawnPortal(env, PORTAL_PORT, ['ignore', 'pipe', 'pipe']);
  pipeTo(child, log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the portal exited during start-up (see ${log.path})`);
    const answered = await fetch(PORTAL_URL + readyPath, { signal: AbortSignal.timeout(5000) }).then(
      async (response) => {
        await response.arrayBuffer();
        return true;
      },
      () => false,
    );
    if (answered) break;
    if (Date.now() - started > 90_000) throw new Error(`the portal did not answer within 90 s (see ${log.path})`);
    await sleep(100);
  }
  const startupMs = Date.now() - started;
  return {
    url: PORTAL_URL,
    startupMs,
    async kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      log.end();
    },
    async stop() {
      await stopProcess(child);
      log.end();
    },
  };
}

function pipeTo(child: ChildProcess, log: WriteStream) {
  child.stdout?.on('data', (chunk) => log.write(chunk));
  child.stderr?.on('data', (chunk) => log.write(chunk));
}

/** Everything the servers of this test printed, for the report of a failed test. */
export function serverLogs(logDir: string): string {
  const result = spawnSync('sh', ['-c', `tail -n 200 ${JSON.stringify(logDir)}/server-*.log`], { encoding: 'utf8' });
  return result.stdout;
}
