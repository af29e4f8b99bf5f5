// A PostgreSQL and a Redis server of the fault tests' own, on their own ports, so that they
// can be stopped and restarted under load without touching the machine's shared servers.
// Everything lives in one temporary folder, removed by `remove()`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export const POSTGRES_PORT = Number(process.env.FAULTS_POSTGRES_PORT || 55432);
export const REDIS_PORT = Number(process.env.FAULTS_REDIS_PORT || 56379);

const isRoot = process.getuid?.() === 0;

/** The newest PostgreSQL installed the Debian way, or the one on the PATH. */
function postgresBin(name: string): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = path.join(root, version, 'bin', name);
    if (existsSync(candidate)) return candidate;
  }
  return name;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user. */
function runPostgresTool(name: string, args: string[]): void {
  const command = isRoot ? 'runuser' : postgresBin(name);
  const fullArgs = isRoot ? ['-u', 'postgres', '--', postgresBin(name), ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${name} ${args.join(' ')} failed (${result.error?.message ?? result.status}): ${result.stderr || result.stdout}`);
  }
}

export type PrivatePostgres = {
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url: (database: string) => string;
  start: () => Promise<void>;
  /** `pg_ctl stop -m immediate`: the server stops at once, as in a crash; committed work is in its WAL. */
  stop: () => void;
  isRunning: () => boolean;
};

export type PrivateRedis = {
  url: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

export type PrivateServers = { postgres: PrivatePostgres; redis: PrivateRedis; remove: () => Promise<void> };

/** Makes (but does not start) a fresh PostgreSQL cluster and a Redis server under one temporary folder. */
export function createPrivateServers(): PrivateServers {
  const folder = mkdtempSync(path.join(tmpdir(), 'portal-faults-'));
  const pgData = path.join(folder, 'postgresql');
  const pgSockets = path.join(folder, 'sockets');
  mkdirSync(pgData, { mode: 0o700 });
  mkdirSync(pgSockets);
  if (isRoot) {
    const postgresUser = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const postgresGroup = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (postgresUser.status !== 0) throw new Error('running as root, the fault tests need a `postgres` user to run PostgreSQL as');
    for (const dir of [folder, pgData, pgSockets]) chownSync(dir, Number(postgresUser.stdout), Number(postgresGroup.stdout));
  }
  runPostgresTool('initdb', ['-D', pgData, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const pgLog = path.join(folder, 'postgresql.log');
  let pgRunning = false;

  const postgres: PrivatePostgres = {
    url: (database) => `postgresql://postgres@127.0.0.1:${POSTGRES_PORT}/${database}`,
    async start() {
      runPostgresTool('pg_ctl', [
        '-D', pgData, '-l', pgLog, '-w', '-t', '60',
        '-o', `-p ${POSTGRES_PORT} -k ${pgSockets} -c listen_addresses=127.0.0.1 -c max_connections=60`,
        'start',
      ]);
      pgRunning = true;
      // pg_ctl -w returns once connections are accepted; make sure from here too.
      for (let attempt = 0; ; attempt++) {
        const client = new pg.Client({ connectionString: postgres.url('postgres'), connectionTimeoutMillis: 2000 });
        try {
          await client.connect();
          await client.end();
          return;
        } catch (error) {
          await client.end().catch(() => undefined);
          if (attempt > 50) throw error;
          await sleep(100);
        }
      }
    },
    stop() {
      runPostgresTool('pg_ctl', ['-D', pgData, '-m', 'immediate', '-w', 'stop']);
      pgRunning = false;
    },
    isRunning: () => pgRunning,
  };

  let redisProcess: ChildProcess | null = null;
  const redis: PrivateRedis = {
    url: `redis://127.0.0.1:${REDIS_PORT}`,
    async start() {
      // No persistence (--save ''): a restart loses everything Redis held, the harshest case.
      redisProcess = spawn(
        'redis-server',
        // the pid file lets scripts/test-faults.mjs stop a server left behind by a crashed test
        ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder, '--pidfile', path.join(folder, 'redis.pid')],
        { stdio: 'ignore' },
      );
      const started = redisProcess;
      for (let attempt = 0; ; attempt++) {
        if (started.exitCode !== null) throw new Error(`redis-server exited at start (is port ${REDIS_PORT} taken?)`);
        const answer = spawnSync('redis-cli', ['-p', String(REDIS_PORT), 'ping'], { encoding: 'utf8' });
        if (answer.stdout.trim() === 'PONG') return;
        if (attempt > 100) throw new Error(`redis-server on port ${REDIS_PORT} does not answer`);
        await sleep(50);
      }
    },
    async stop() {
      const running = redisProcess;
      redisProcess = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };

  return {
    postgres,
    redis,
    async remove() {
      await redis.stop();
      if (pgRunning) {
        try {
          postgres.stop();
        } catch (error) {
          console.error(`[faults] stopping the private PostgreSQL: ${(error as Error).message}`);
        }
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
