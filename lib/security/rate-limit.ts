import 'server-only';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { getRedis, getSettledRedis, redisKey } from '@/lib/cache/redis';

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
  const options = {
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  };
  const memory = new RateLimiterMemory({ ...options, keyPrefix: `rl:${name}` });
  const redis = getRedis();
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        keyPrefix: redisKey('rl', name),
        insuranceLimiter: memory,
        // no waiting on a connection that is down: the memory counters answer at once
        rejectIfRedisNotReady: true,
      })
    : memory;
  return {
    consume: async (key, points = 1) => {
      if (redis) await getSettledRedis();
      try {
        const result = await limiter.consume(key, points);
        return { allowed: true, remaining: result.remainingPoints };
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        }
        throw error;
      }
    },
    reset: async (key) => {
      await limiter.delete(key);
    },
  };
}

/** "Vui lòng thử lại sau 2 phút." — when to retry, in words a reader understands. */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `Vui lòng thử lại sau ${seconds} giây.`;
  const minutes = Math.ceil(seconds / 60);
  return `Vui lòng thử lại sau ${minutes} phút.`;
}
