import 'server-only';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { getRedis, getSettledRedis, redisKey } from '@/lib/cache/redis';
import { outsideRequest } from '@/lib/server/outside-request';

export type RateLimitOutcome = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type RateLimitRule = {
  /** how many attempts are allowed… */
  points: number;
  /** …per this many seconds */
  durationSeconds: number;
  /** once exceeded, refuse for this long (defaults to the rest of the window) */
  blockSeconds?: number;
};

export type RateLimiter = {
  /** Counts one attempt for `key`; says whether it is allowed and, if not, when to retry. */
  consume: (key: string, points?: number) => Promise<RateLimitOutcome>;
  /** Says whether one more attempt for `key` would be allowed, without counting one. */
  peek: (key: string) => Promise<RateLimitOutcome>;
  /** Gives back attempts counted for `key` (e.g. one reserved for an attempt that turned out to be allowed). */
  reward: (key: string, points?: number) => Promise<void>;
  /** Forgets `key` (e.g. after a successful sign-in). */
  reset: (key: string) => Promise<void>;
};

/**
 * The one place that builds rate limiters (rate-limiter-flexible), for sign-in, votes and
 * public forms alike. The counters live in memory on the embedded default; with REDIS_URL
 * they live in Redis, shared by every portal instance (keys under REDIS_PREFIX), and fall
 * back to this instance's memory while Redis is unreachable rather than refusing everyone.
 */
export function createRateLimiter(name: string, rule: RateLimitRule): RateLimiter {
  // One store per name and process: the server bundles each route separately, and the
  // counts must not depend on which route's copy of this module does the counting.
  const stores = ((globalThis as { portalRateLimitStores?: Map<string, RateLimiterAbstract> }).portalRateLimitStores ??=
    new Map());
  const storeKey = `${name}:${rule.points}:${rule.durationSeconds}:${rule.blockSeconds ?? 0}`;
  const existing = stores.get(storeKey);
  const options = {
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  };
  const memory = new RateLimiterMemory({ ...options, keyPrefix: `rl:${name}` });
  const redis = getRedis();
  const limiter: RateLimiterAbstract =
    existing ??
    (redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        keyPrefix: redisKey('rl', name),
        insuranceLimiter: memory,
        // no waiting on a connection that is down: the memory counters answer at once
        rejectIfRedisNotReady: true,
      })
    : memory);
  stores.set(storeKey, limiter);
  return {
    consume: async (key, points = 1) => {
      if (redis) await getSettledRedis();
      try {
        // the memory store sets a timer per key for the whole window
        const result = await outsideRequest(() => limiter.consume(key, points));
        return { allowed: true, remaining: result.remainingPoints };
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        }
        throw error;
      }
    },
    peek: async (key) => {
      const state = await limiter.get(key);
      if (!state) return { allowed: true, remaining: rule.points };
      if (state.consumedPoints >= rule.points) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
      }
      return { allowed: true, remaining: rule.points - state.consumedPoints };
    },
    reward: async (key, points = 1) => {
      await outsideRequest(() => limiter.reward(key, points));
    },
    reset: async (key) => {
      await limiter.delete(key);
    },
  };
}

// Kept in its own module so that client components can word the same message.
export { retryAfterText } from './retry-after-text';
