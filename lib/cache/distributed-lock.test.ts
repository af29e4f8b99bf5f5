import { afterAll, describe, expect, it } from 'vitest';
import { runInstances } from '@/test/instances';
import { deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from '@/test/redis-scratch.mjs';
import { withLock } from './distributed-lock';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withLock on the embedded default (this process)', () => {
  it('refuses a second holder while the first runs, and frees the lock afterwards', async () => {
    let release!: () => void;
    const first = withLock('publish', 1000, () => new Promise<string>((resolve) => (release = () => resolve('done'))));
    await sleep(10);
    expect(await withLock('publish', 1000, async () => 'second')).toEqual({ acquired: false });
    expect(await withLock('another-job', 1000, async () => 'other')).toEqual({ acquired: true, result: 'other' });
    release();
    expect(await first).toEqual({ acquired: true, result: 'done' });
    expect(await withLock('publish', 1000, async () => 'third')).toEqual({ acquired: true, result: 'third' });
  });

  it('frees the lock when the work fails', async () => {
    await expect(withLock('failing', 1000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withLock('failing', 1000, async () => 1)).toEqual({ acquired: true, result: 1 });
  });
});

describe('withLock with REDIS_URL (shared by every instance)', () => {
  const prefix = uniqueRedisPrefix('unit');
  afterAll(() => deleteRedisKeys(prefix));

  it('lets exactly one of three instances run the job at a time', async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix };
    const results = await runInstances(3, ['lock'], env);
    expect(results.filter((result) => (result as { acquired: boolean }).acquired)).toHaveLength(1);
    // The holder released it: the next run gets it.
    expect(await runInstances(1, ['lock'], env)).toEqual([{ acquired: true }]);
  });
});
