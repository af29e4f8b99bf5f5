import 'server-only';
import { randomUUID } from 'node:crypto';
import { getRedis, redisKey } from './redis';

export type LockOutcome<T> = { acquired: true; result: T } | { acquired: false };

// Deletes / extends the lock only while it still holds this holder's token, so that a
// holder whose lock expired never releases or prolongs somebody else's.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const EXTEND =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

const globalForLocks = globalThis as unknown as { portalLocks?: Set<string> };
const localLocks = (globalForLocks.portalLocks ??= new Set<string>());

/**
 * Runs `fn` unless another run holding the lock `name` is under way, for work that must not
 * run twice at once (scheduled publishing). On the embedded default the lock is this
 * process's; with REDIS_URL it is a Redis key (SET NX PX) shared by every instance. `ttlMs`
 * bounds how long a crashed holder blocks the others; a live holder keeps extending it, so
 * `fn` may take longer. Returns `{ acquired: false }` at once when the lock is taken.
 */
export async function withLock<T>(name: string, ttlMs: number, fn: () => Promise<T>): Promise<LockOutcome<T>> {
  if (!Number.isInteger(ttlMs) || ttlMs < 100) throw new Error(`Lock TTL must be at least 100 ms, got ${ttlMs}`);
  const redis = getRedis();
  if (!redis) return withLocalLock(name, fn);

  const key = redisKey('lock', name);
  const token = randomUUID();
  if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') return { acquired: false };
  const keepAlive = setInterval(() => {
    redis.eval(EXTEND, 1, key, token, ttlMs).catch((error: Error) => {
      console.error(`Lock "${name}": could not extend it: ${error.message}`);
    });
  }, Math.floor(ttlMs / 3));
  keepAlive.unref();
  try {
    return { acquired: true, result: await fn() };
  } finally {
    clearInterval(keepAlive);
    // If this fails the lock simply expires after ttlMs.
    await redis.eval(RELEASE, 1, key, token).catch((error: Error) => {
      console.error(`Lock "${name}": could not release it: ${error.message}`);
    });
  }
}

async function withLocalLock<T>(name: string, fn: () => Promise<T>): Promise<LockOutcome<T>> {
  if (localLocks.has(name)) return { acquired: false };
  localLocks.add(name);
  try {
    return { acquired: true, result: await fn() };
  } finally {
    localLocks.delete(name);
  }
}
