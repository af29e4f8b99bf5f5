// Redis for tests and benchmarks: a key prefix of their own per run (REDIS_PREFIX), whose
// keys are deleted afterwards, so that runs sharing one Redis server never meet.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';

export function testRedisUrl() {
  return process.env.TEST_REDIS_URL?.trim() || DEFAULT_TEST_REDIS_URL;
}

/** A prefix no other run uses, e.g. "portal_test_1234_9f8e7d6c:". */
export function uniqueRedisPrefix(purpose = 'test') {
  return `portal_${purpose}_${process.pid}_${randomBytes(4).toString('hex')}:`;
}

function connect(url) {
  return new Redis(url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
}

export async function assertRedisReachable(url = testRedisUrl()) {
  const client = connect(url);
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(
      `Redis is needed for this test run but ${url} cannot be reached: ${error.message}.\n` +
        'Start Redis (the tests expect it at 127.0.0.1:6379) or set TEST_REDIS_URL.',
      { cause: error },
    );
  } finally {
    client.disconnect();
  }
}

/** Deletes every key under `prefix`. */
export async function deleteRedisKeys(prefix, url = testRedisUrl()) {
  if (!prefix || prefix.length < 8) throw new Error(`Refusing to delete keys under the prefix "${prefix}"`);
  const client = connect(url);
  client.on('error', () => {});
  try {
    await client.connect();
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`, 'COUNT', 1000);
      if (keys.length > 0) await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
