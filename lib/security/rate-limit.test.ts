import { afterAll, describe, expect, it } from 'vitest';
import { runInstances } from '@/test/instances';
import { deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from '@/test/redis-scratch.mjs';
import { createRateLimiter, retryAfterText } from './rate-limit';

describe('createRateLimiter on the embedded default (in memory)', () => {
  it('allows the configured number of attempts, then says when to retry; reset forgets', async () => {
    const limiter = createRateLimiter('unit-memory', { points: 3, durationSeconds: 60 });
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await limiter.consume('reader'));
    expect(outcomes.slice(0, 3).map((outcome) => outcome.allowed)).toEqual([true, true, true]);
    expect(outcomes[3]).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    expect((outcomes[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(50);
    expect((await limiter.consume('another reader')).allowed).toBe(true);

    await limiter.reset('reader');
    expect(await limiter.consume('reader')).toEqual({ allowed: true, remaining: 2 });
  });

  it('words the retry delay for readers', () => {
    expect(retryAfterText(5)).toBe('Vui lòng thử lại sau 5 giây.');
    expect(retryAfterText(90)).toBe('Vui lòng thử lại sau 2 phút.');
  });
});

describe('createRateLimiter with REDIS_URL (shared by every instance)', () => {
  const prefix = uniqueRedisPrefix('unit');
  afterAll(() => deleteRedisKeys(prefix));

  it('counts the attempts of two instances together', async () => {
    // 10 attempts allowed per minute; two processes try 8 each at the same moment.
    const results = await runInstances(2, ['rate-limit', '8'], { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix });
    const allowed = results.map((result) => (result as { allowed: number }).allowed);
    expect(allowed.reduce((sum, n) => sum + n, 0)).toBe(10);
    expect(Math.min(...allowed)).toBeGreaterThan(0);
  });

  it('keeps limiting in memory while Redis is unreachable', async () => {
    const [result] = await runInstances(1, ['rate-limit', '12'], { REDIS_URL: 'redis://127.0.0.1:9', REDIS_PREFIX: prefix });
    expect(result).toEqual({ allowed: 10 });
  });
});
