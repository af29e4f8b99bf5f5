import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Redis } from 'ioredis';

// Addresses that render on demand (ISR with dynamicParams) answer an unknown slug with 404,
// and Next.js would keep that answer in the page cache like a page: every random address an
// attacker asks for would cost files under .next/server (or a key in Redis) for ever.
// lib/cache/file-cache-handler.mjs and cache-handler.mjs keep none. Other tests fill the
// cache meanwhile, so the check is per address: no entry names any address asked for here
// (each carries this run's id, or a page number no other test asks for).

const run = randomUUID().slice(0, 8);
const pageNumber = (i: number) => 900_000 + Number.parseInt(run.slice(0, 4), 16) * 2 + i;
const ADDRESSES_PER_KIND = 20;

/** Every kind of on-demand address, with a slug or page number that does not exist. */
const UNKNOWN: { kind: string; path: (i: number) => string; page: boolean }[] = [
  { kind: 'article', path: (i) => `/tin-tuc/khong-co-${run}-${i}`, page: true },
  { kind: 'article share picture', path: (i) => `/tin-tuc/khong-co-${run}-${i}/og-image.png`, page: false },
  { kind: 'category', path: (i) => `/chuyen-muc/khong-co-${run}-${i}`, page: true },
  { kind: 'category page', path: (i) => `/chuyen-muc/khong-co-${run}-${i}/trang/2`, page: true },
  { kind: 'category page number', path: (i) => `/chuyen-muc/thong-bao/trang/${pageNumber(i)}`, page: true },
  { kind: 'category feed', path: (i) => `/chuyen-muc/khong-co-${run}-${i}/rss.xml`, page: false },
  { kind: 'document', path: (i) => `/van-ban/khong-co-${run}-${i}`, page: true },
  { kind: 'documents page number', path: (i) => `/van-ban/trang/${pageNumber(i)}`, page: true },
  { kind: 'questions page number', path: (i) => `/hoi-dap/trang/${pageNumber(i)}`, page: true },
  { kind: 'sitemap file', path: (i) => `/sitemap/${pageNumber(i) - 850_000}.xml`, page: false },
];
const EXTREME = [`/tin-tuc/${'a'.repeat(300)}`, `/chuyen-muc/${'khong-co-'.repeat(40)}${run}`, `/tin-tuc/bài-viết-${run}`];

/**
 * Names of the page cache's entries: files under .next/server, or keys in Redis (the
 * PostgreSQL pass), each ending with the address it keeps (".../$/tin-tuc/<slug>.html").
 */
async function cacheEntryNames(): Promise<string[]> {
  if (process.env.E2E_DATABASE === 'postgresql') {
    const redis = new Redis(process.env.TEST_REDIS_URL?.trim() || 'redis://127.0.0.1:6379');
    try {
      const names: string[] = [];
      const match = process.env.E2E_REDIS_PREFIX ? `${process.env.E2E_REDIS_PREFIX}next:*` : '*next:*';
      for await (const batch of redis.scanStream({ match, count: 1000 })) names.push(...(batch as string[]));
      return names;
    } finally {
      redis.disconnect();
    }
  }
  return (readdirSync(path.join(process.cwd(), '.next', 'server'), { recursive: true }) as string[]).map((name) => `/${name}`);
}

/** The entries kept for an address (its path, then the end of the name or a sub-path). */
const entriesFor = (names: string[], address: string) => {
  const tail = address.slice(1);
  return names.filter((name) => name.includes(`/${tail}.`) || name.includes(`/${tail}/`) || name.endsWith(`/${tail}`));
};

test('unknown addresses answer 404 and leave nothing in the page cache, while known pages stay cached', async ({ request, isMobile }) => {
  test.skip(isMobile, 'the server is the same for every browser');
  test.setTimeout(180_000); // over 200 pages rendered one after the other
  const asked: string[] = [];
  for (const { kind, path: pathFor, page } of UNKNOWN) {
    for (let i = 0; i < ADDRESSES_PER_KIND; i++) {
      const response = await request.get(pathFor(i));
      asked.push(pathFor(i));
      expect(response.status(), `${kind}: ${pathFor(i)}`).toBe(404);
      if (i === 0) {
        const body = await response.text();
        if (page) expect(body, kind).toContain('Không tìm thấy trang');
        else expect(body, kind).toMatch(/^Không tìm thấy/);
        // Asked again, it is rendered again: nothing was kept to answer from.
        expect((await request.get(pathFor(i))).headers()['x-nextjs-cache'] ?? 'MISS', kind).not.toBe('HIT');
      }
    }
  }
  for (const extreme of EXTREME) {
    expect((await request.get(extreme)).status(), extreme).toBe(404);
    asked.push(extreme);
  }
  expect(asked.length).toBeGreaterThanOrEqual(200);

  const names = await cacheEntryNames();
  expect(names.filter((name) => name.includes(run) || name.includes('aaaaaaaaaa'))).toEqual([]);
  expect(asked.flatMap((address) => entriesFor(names, address))).toEqual([]);

  // Known pages are still kept (the check above can see them) and served from the cache.
  const known = '/tin-tuc/thong-bao-lich-tiep-cong-dan-so-3';
  expect((await request.get(known)).status()).toBe(200);
  expect((await request.get(known)).headers()['x-nextjs-cache']).toBe('HIT');
  expect(entriesFor(await cacheEntryNames(), known).length).toBeGreaterThan(0);
});
