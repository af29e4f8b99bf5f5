import 'server-only';
import type { Redis } from 'ioredis';
import { getRedis } from '@/lib/cache/redis';
import { prisma, type PrismaClient } from '@/lib/db/client';
import { databaseKind, type DatabaseKind } from '@/lib/db/database-url';

const PROBE_TIMEOUT_MS = 2000;

export type ProbeResult = { ok: boolean; latencyMs: number };

export type HealthReport = {
  status: 'ok' | 'unavailable';
  checkedAt: string;
  database: ProbeResult & { kind: DatabaseKind };
  /** null on the embedded default, which runs without Redis */
  redis: ProbeResult | null;
};

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
export async function checkHealth(deps: { prisma: PrismaClient; databaseKind: DatabaseKind; redis: Redis | null }): Promise<HealthReport> {
  const [database, redis] = await Promise.all([
    probe('the database', () => deps.prisma.$queryRaw`SELECT 1`),
    deps.redis ? probe('Redis', () => deps.redis!.ping()) : Promise.resolve(null),
  ]);
  return {
    status: database.ok && (redis?.ok ?? true) ? 'ok' : 'unavailable',
    checkedAt: new Date().toISOString(),
    database: { kind: deps.databaseKind, ...database },
    redis,
  };
}

/** The health of this instance's own database and Redis connections (GET /api/health). */
export function checkThisInstance(): Promise<HealthReport> {
  return checkHealth({ prisma, databaseKind: databaseKind(), redis: getRedis() });
}
