import 'server-only';
import { constants } from 'node:fs';
import { access, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { getRedis } from '@/lib/cache/redis';
import { prisma, type PrismaClient } from '@/lib/db/client';
import { databaseKind, sqliteFilePath, type DatabaseKind } from '@/lib/db/database-url';
import { mediaDirectory } from '@/lib/media/media-directory';

const PROBE_TIMEOUT_MS = 2000;

export type ProbeResult = { ok: boolean; latencyMs: number };

export type HealthReport = {
  status: 'ok' | 'unavailable';
  checkedAt: string;
  database: ProbeResult & { kind: DatabaseKind };
  /** null on the embedded default, which runs without Redis */
  redis: ProbeResult | null;
  /**
   * The disk of the data directory (the SQLite file and uploaded media), on the embedded
   * default; null on PostgreSQL, whose disk is the database server's. Not part of `status`:
   * a full or read-only disk stops saves, not readers, so the instance stays in rotation.
   */
  storage: StorageReport | null;
};

export type StorageReport = {
  /** writable, with at least MIN_FREE_BYTES free */
  ok: boolean;
  writable: boolean;
  /** free bytes for the portal (the smaller of the database's and the media's filesystems) */
  freeBytes: number;
};

/** Below this, saves and uploads are about to fail: a save with revisions, or one photo. */
export const MIN_FREE_BYTES = 8 * 1024 * 1024;

async function probe(name: string, check: () => Promise<unknown>): Promise<ProbeResult> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason goes to the server log only: the health answer is public.
    console.error(`Health check: ${name} is unreachable: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this instance can serve: its database answers and, when configured, Redis does.
 * Load balancers take an instance out of rotation while this says "unavailable".
 */
export async function checkHealth(deps: {
  prisma: PrismaClient;
  databaseKind: DatabaseKind;
  redis: Redis | null;
  /** the directories the portal writes to, when they are on this machine */
  dataDirectories?: string[];
}): Promise<HealthReport> {
  const [database, redis, storage] = await Promise.all([
    probe('the database', () => deps.prisma.$queryRaw`SELECT 1`),
    deps.redis ? probe('Redis', () => deps.redis!.ping()) : Promise.resolve(null),
    deps.dataDirectories?.length ? checkStorage(deps.dataDirectories) : Promise.resolve(null),
  ]);
  return {
    status: database.ok && (redis?.ok ?? true) ? 'ok' : 'unavailable',
    checkedAt: new Date().toISOString(),
    database: { kind: deps.databaseKind, ...database },
    redis,
    storage,
  };
}

/**
 * Free space and writability of the data directories, without writing anything: access()
 * answers EROFS on a read-only filesystem even for root, who ignores permission bits.
 */
export async function checkStorage(directories: string[]): Promise<StorageReport> {
  let writable = true;
  let freeBytes = Number.POSITIVE_INFINITY;
  for (const directory of directories) {
    // A directory not made yet (no upload so far) will be made in its nearest existing parent.
    const existing = await nearestExisting(directory);
    if (!existing) continue;
    try {
      await access(existing, constants.W_OK);
    } catch {
      writable = false;
    }
    const stats = await statfs(existing).catch(() => null);
    if (stats) freeBytes = Math.min(freeBytes, stats.bavail * stats.bsize);
  }
  if (!Number.isFinite(freeBytes)) freeBytes = 0;
  if (!writable) console.error(`Health check: a data directory is not writable (${directories.join(', ')})`);
  return { ok: writable && freeBytes >= MIN_FREE_BYTES, writable, freeBytes };
}

async function nearestExisting(directory: string): Promise<string | null> {
  for (let current = directory; ; current = path.dirname(current)) {
    try {
      await stat(current);
      return current;
    } catch {
      if (path.dirname(current) === current) return null;
    }
  }
}

/** The health of this instance's own database, Redis and (on SQLite) data directories (GET /api/health). */
export function checkThisInstance(): Promise<HealthReport> {
  const kind = databaseKind();
  const dataDirectories = kind === 'sqlite' ? [path.dirname(sqliteFilePath()), mediaDirectory()] : undefined;
  return checkHealth({ prisma, databaseKind: kind, redis: getRedis(), dataDirectories });
}
