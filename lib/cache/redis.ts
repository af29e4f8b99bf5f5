import 'server-only';
import { Redis } from 'ioredis';

/** REDIS_URL: set when several portal instances share a cache, counters and locks. */
export function redisUrl(): string | null {
  return process.env.REDIS_URL?.trim() || null;
}

/**
 * Every key the portal writes to Redis starts with REDIS_PREFIX (default "portal:"), so that
 * several portals, or several test runs, can share one Redis server. (The page-cache
 * handler, lib/cache/cache-handler.mjs, reads the same variable.)
 */
export function redisPrefix(): string {
  return process.env.REDIS_PREFIX?.trim() || 'portal:';
}

const globalForRedis = globalThis as unknown as { portalRedis?: { client: Redis; firstAttempt: Promise<void> } };

function shared(): { client: Redis; firstAttempt: Promise<void> } | null {
  const url = redisUrl();
  if (!url) return null;
  if (!globalForRedis.portalRedis) {
    const client = createRedisClient(url);
    // Settles when the first connection attempt has succeeded or failed (2 s at most).
    const firstAttempt = new Promise<void>((resolve) => {
      client.once('ready', resolve);
      client.once('error', () => resolve());
      setTimeout(resolve, 2000).unref();
    });
    globalForRedis.portalRedis = { client, firstAttempt };
  }
  return globalForRedis.portalRedis;
}

/**
 * The one Redis connection of this process (rate limits, locks, health check), or null on
 * the embedded default, where nothing needs Redis. Commands fail within seconds while
 * Redis is unreachable rather than waiting for it, so that callers can fall back.
 */
export function getRedis(): Redis | null {
  return shared()?.client ?? null;
}

/**
 * Like getRedis, once the first connection attempt has settled: a caller that checks
 * `status === 'ready'` to decide on a fallback then sees Redis as it is, not as it was in
 * the first milliseconds after start.
 */
export async function getSettledRedis(): Promise<Redis | null> {
  const redis = shared();
  if (!redis) return null;
  await redis.firstAttempt;
  return redis.client;
}

export function createRedisClient(url: string): Redis {
  const client = new Redis(url, {
    connectTimeout: 2000,
    commandTimeout: 2000,
    maxRetriesPerRequest: 1,
    // keep retrying the connection in the background, at most every 2 s
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Without a listener ioredis reports every failed reconnection as an unhandled error.
  let reported = false;
  client.on('error', (error) => {
    if (!reported) console.error(`Redis: ${error.message}`);
    reported = true;
  });
  client.on('ready', () => {
    reported = false;
  });
  return client;
}

/** A key under REDIS_PREFIX: redisKey('lock', 'publish') → "portal:lock:publish". */
export function redisKey(...parts: string[]): string {
  return redisPrefix() + parts.join(':');
}
