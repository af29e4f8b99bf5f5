import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { testRedisUrl } from '@/test/redis-scratch.mjs';
import { checkHealth, checkStorage, MIN_FREE_BYTES } from './check-health';

let database: TestDatabase;
let prisma: PrismaClient;
let redis: Redis;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url);
  redis = new Redis(testRedisUrl());
});

afterAll(async () => {
  await prisma?.$disconnect();
  redis?.disconnect();
  await database?.drop();
});

describe('checkHealth', () => {
  it('is ok when the database answers, with Redis or without it', async () => {
    const withRedis = await checkHealth({ prisma, databaseKind: database.kind, redis });
    expect(withRedis).toMatchObject({ status: 'ok', database: { kind: database.kind, ok: true }, redis: { ok: true } });
    expect(await checkHealth({ prisma, databaseKind: database.kind, redis: null })).toMatchObject({ status: 'ok', redis: null });
  });

  it('is unavailable when the database or Redis does not answer', async () => {
    const unreachable =
      database.kind === 'postgresql'
        ? createPrismaClient(database.url.replace(/\/[^/?]+(\?|$)/, '/portal_no_such_database$1'))
        : createPrismaClient('file:/etc/hostname/portal.db') // a path under a file: it cannot exist;
    const deadRedis = new Redis('redis://127.0.0.1:9', { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
    deadRedis.on('error', () => {});
    try {
      expect(await checkHealth({ prisma: unreachable, databaseKind: database.kind, redis: null })).toMatchObject({
        status: 'unavailable',
        database: { ok: false },
      });
      expect(await checkHealth({ prisma, databaseKind: database.kind, redis: deadRedis })).toMatchObject({
        status: 'unavailable',
        database: { ok: true },
        redis: { ok: false },
      });
    } finally {
      await unreachable.$disconnect();
      deadRedis.disconnect();
    }
  });
});

describe('checkStorage', () => {
  it('reports the free space and writability of the data directories, made or not yet made', async () => {
    const here = await checkStorage([tmpdir(), path.join(tmpdir(), 'portal-not-made-yet', 'media')]);
    expect(here).toMatchObject({ writable: true, freeBytes: expect.any(Number) });
    expect(here.freeBytes).toBeGreaterThan(0);
    expect(here.ok).toBe(here.freeBytes >= MIN_FREE_BYTES);
  });
});
