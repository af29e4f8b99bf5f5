import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from '@/test/redis-scratch.mjs';
import { createLocalSummaryCache, createRedisSummaryCache } from './summary-cache';

describe('the rating summary cache of one process', () => {
  it('answers from memory until the TTL ends, and with what a vote produced at once', async () => {
    let now = 1000;
    const cache = createLocalSummaryCache(2000, () => now);
    expect(await cache.read('a')).toEqual({ miss: null });
    await cache.store('a', { count: 1, sum: 5 }, null);
    expect(await cache.read('a')).toEqual({ hit: { count: 1, sum: 5 } });
    await cache.changed('a', { count: 2, sum: 9 });
    expect(await cache.read('a')).toEqual({ hit: { count: 2, sum: 9 } });
    now += 2000;
    expect(await cache.read('a')).toEqual({ miss: null });
    await cache.store('a', { count: 2, sum: 9 }, null);
    await cache.changed('a', null);
    expect(await cache.read('a')).toEqual({ miss: null });
  });
});

describe('the rating summary cache in Redis (shared by every instance)', () => {
  const prefix = uniqueRedisPrefix('unit');
  const keyOf = (...parts: string[]) => prefix + parts.join(':');
  // Two connections stand for two instances.
  const clients = [new Redis(testRedisUrl()), new Redis(testRedisUrl())];
  const [instanceA, instanceB] = clients.map((client) => createRedisSummaryCache(client, keyOf, 60_000));

  beforeAll(() => Promise.all(clients.map((client) => client.ping())));
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await deleteRedisKeys(prefix);
  });

  it('serves one instance what another read from the database', async () => {
    const first = await instanceA.read('shared');
    expect(first).toEqual({ miss: '0' });
    await instanceA.store('shared', { count: 3, sum: 12 }, 'miss' in first ? first.miss : null);
    expect(await instanceB.read('shared')).toEqual({ hit: { count: 3, sum: 12 } });
  });

  it('after a vote through one instance, no instance answers with the figures from before', async () => {
    const before = await instanceB.read('voted');
    await instanceB.store('voted', { count: 1, sum: 4 }, 'miss' in before ? before.miss : null);
    expect(await instanceB.read('voted')).toEqual({ hit: { count: 1, sum: 4 } });

    await instanceA.changed('voted', { count: 2, sum: 9 });
    expect(await instanceB.read('voted')).toEqual({ miss: '1' });
    expect(await instanceA.read('voted')).toEqual({ miss: '1' });
  });

  it('refuses what a reader read from the database before a vote it raced with', async () => {
    // B misses and goes to the database (old figures)…
    const raced = await instanceB.read('race');
    expect('miss' in raced).toBe(true);
    // …meanwhile a vote commits through A…
    await instanceA.changed('race', { count: 1, sum: 5 });
    // …then B stores what it read: it must not count.
    await instanceB.store('race', { count: 0, sum: 0 }, 'miss' in raced ? raced.miss : null);
    const after = await instanceA.read('race');
    expect(after).toEqual({ miss: '1' });
    // The next reader's fresh figures are kept.
    await instanceA.store('race', { count: 1, sum: 5 }, 'miss' in after ? after.miss : null);
    expect(await instanceB.read('race')).toEqual({ hit: { count: 1, sum: 5 } });
  });

  it('goes to the database when Redis cannot be reached', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    unreachable.on('error', () => {});
    const cache = createRedisSummaryCache(unreachable, keyOf, 60_000);
    expect(await cache.read('x')).toEqual({ miss: null });
    await cache.store('x', { count: 1, sum: 1 }, null);
    unreachable.disconnect();
  });
});
