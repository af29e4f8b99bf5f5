import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithRequestContext } from '../server/request-context.mjs';
import { assertRedisReachable, deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from '@/test/redis-scratch.mjs';

// What the test uses of the handler (Next.js's own types want its internal value classes).
type PageCache = {
  set: (key: string, value: unknown, ctx: unknown) => Promise<void>;
  get: (key: string, ctx: unknown) => Promise<{ value?: { html?: string } | null } | null>;
  revalidateTag: (tags: string | string[]) => Promise<void>;
};

const prefix = uniqueRedisPrefix('cache');
const distDir = mkdtempSync(path.join(tmpdir(), 'portal-redis-cache-'));
let cache: PageCache;

beforeAll(async () => {
  await assertRedisReachable();
  // The handler reads these when it first configures itself (the first get or set).
  process.env.REDIS_URL = testRedisUrl();
  process.env.REDIS_PREFIX = prefix;
  writeFileSync(path.join(distDir, 'BUILD_ID'), 'test-build');
  const { default: PortalCacheHandler } = await import('./cache-handler.mjs');
  cache = new (PortalCacheHandler as unknown as new (ctx: unknown) => PageCache)({ serverDistDir: path.join(distDir, 'server'), dev: false });
});

afterAll(async () => {
  await deleteRedisKeys(prefix);
  rmSync(distDir, { recursive: true, force: true });
});

const TAG = '_N_T_/chuyen-muc/tin-tuc';
const KEY = '/route-cache/APP_PAGE/0123abcd/$/chuyen-muc/tin-tuc';
const ctx = { cacheControl: { revalidate: 3600, expire: undefined }, isFallback: false, isRoutePPREnabled: false };
const tagged = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': `_N_T_/layout,${TAG}` },
  status: 200,
});
const read = async () => (await cache.get(KEY, { kind: 'APP_PAGE', isFallback: false, softTags: ['_N_T_/layout', TAG] }))?.value?.html;
const pause = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the shared page cache in Redis (lib/cache/cache-handler.mjs)', () => {
  it('does not serve a page whose render began before one of its tags was revalidated', async () => {
    await cache.set(KEY, tagged('<li>Bài sắp gỡ</li>'), ctx);
    expect(await read()).toBe('<li>Bài sắp gỡ</li>');

    // A render begins (it reads the article, still published); meanwhile the article is
    // unpublished and the page revalidated; then the render is stored.
    await pause();
    const startedAt = Date.now();
    await pause();
    await cache.revalidateTag(TAG);
    await pause();
    await runWithRequestContext({ startedAt }, () => cache.set(KEY, tagged('<li>Bài sắp gỡ</li>'), ctx));
    expect(await read()).toBeUndefined();

    // A render begun after the revalidation is kept and served.
    await pause();
    await runWithRequestContext({ startedAt: Date.now() }, () => cache.set(KEY, tagged('<p>Chưa có bài</p>'), ctx));
    expect(await read()).toBe('<p>Chưa có bài</p>');
  });
});
