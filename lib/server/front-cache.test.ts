import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createFrontCache, FRONT_CACHE_HEADER } from './front-cache.mjs';
import type { PageEntryNote } from './page-entry-notes.mjs';

// The manifest Next.js records revalidations in (revalidatePath → an expired tag).
const { tagsManifest } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
  tagsManifest: Map<string, { expired?: number; stale?: number }>;
};

const PAGE = `<!doctype html><html lang="vi"><body><h1>Phường Phước Hưng</h1>${'<p>Tin tức của phường.</p>'.repeat(200)}</body></html>`;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Upstream = { calls: number; body: string; headers: Record<string, string>; note: () => PageEntryNote | undefined; status: number; renderMs?: number; queueMs?: number };

/** The header of the server's own requests in these tests (its secret in scripts/serve.mjs). */
const WARM = 'x-test-warm';
const isWarmRequest = (req: IncomingMessage) => req.headers[WARM] === '1';
const warmRequest = (url: string) => fetch(url, { headers: { [WARM]: '1' } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const expire = (tag: string) => tagsManifest.set(tag, { expired: performance.timeOrigin + performance.now() });

/** A server with the front cache in front of a fake "Next.js" that counts its calls. */
async function serve(upstream: Upstream, cache = createFrontCache()) {
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    upstream.calls++;
    // as Next.js does while routing
    req.url = req.url?.replaceAll('%20', '+');
    const finish = () => {
      res.statusCode = upstream.status;
      for (const [name, value] of Object.entries(upstream.headers)) res.setHeader(name, value);
      const body = Buffer.from(upstream.body);
      cache.store(req, res, body, upstream.note());
      res.end(body);
    };
    if (upstream.renderMs) setTimeout(finish, upstream.renderMs);
    else finish();
  };
  // as scripts/serve.mjs does: a reader's request may wait its turn (lib/server/admission.mjs),
  // the server's own (warm) requests never do
  const proceed = (req: IncomingMessage, res: ServerResponse) => {
    const start = () => cache.serveStored(req, res) || answer(req, res);
    if (upstream.queueMs && req.headers[WARM] === undefined) setTimeout(start, upstream.queueMs);
    else start();
  };
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (cache.serve(req, res, () => proceed(req, res))) return;
    proceed(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, cache };
}

const isrPage = (tags: string[], extra: Partial<Upstream> = {}): Upstream => {
  const since = Date.now();
  return {
    calls: 0,
    body: PAGE,
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'x-nextjs-cache': 'HIT',
      'cache-control': 's-maxage=3600, stale-while-revalidate=31532400',
      etag: '"abc123"',
      'content-security-policy': "script-src 'self' 'sha256-x'",
    },
    note: () => ({ tags, since }),
    ...extra,
  };
};

describe('the front cache', () => {
  it('answers a cached page again without Next.js, with the same body and headers, compressed as asked', async () => {
    const upstream = isrPage(['_N_T_/layout', '_N_T_/tin-tuc/mot']);
    upstream.headers['x-nextjs-cache'] = 'MISS'; // rendered for this request
    const { url } = await serve(upstream);
    const first = await fetch(`${url}/tin-tuc/mot`);
    expect(await first.text()).toBe(PAGE);
    expect(first.headers.get(FRONT_CACHE_HEADER)).toBeNull();

    const second = await fetch(`${url}/tin-tuc/mot`, { headers: { 'accept-encoding': 'gzip' } });
    expect(upstream.calls).toBe(1);
    expect(second.headers.get(FRONT_CACHE_HEADER)).toBe('HIT');
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(second.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-x'");
    expect(second.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await second.text()).toBe(PAGE); // fetch decodes gzip

    // raw bytes: gzip when asked for gzip, smaller than the page
    const raw = await new Promise<Buffer>((resolve) => {
      import('node:http').then(({ get }) =>
        get(`${url}/tin-tuc/mot`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(Buffer.concat(chunks)));
        }),
      );
    });
    expect(raw.length).toBeLessThan(PAGE.length / 4);
    expect(gunzipSync(raw).toString()).toBe(PAGE);
  });

  it('answers 304 to the page’s ETag, without a policy (the browser keeps the stored one)', async () => {
    const { url } = await serve(isrPage(['_N_T_/tin-tuc/hai']));
    await fetch(`${url}/tin-tuc/hai`);
    const conditional = await fetch(`${url}/tin-tuc/hai`, { headers: { 'if-none-match': '"abc123"' } });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get('content-security-policy')).toBeNull();
  });

  it('drops a page the moment one of its tags is revalidated', async () => {
    const tag = `_N_T_/tin-tuc/ba-${Date.now()}`;
    const upstream = isrPage(['_N_T_/layout', tag]);
    const { url } = await serve(upstream);
    await fetch(`${url}/tin-tuc/ba`);
    await fetch(`${url}/tin-tuc/ba`);
    expect(upstream.calls).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, 5));
    tagsManifest.set(tag, { expired: performance.timeOrigin + performance.now() });
    // A render begun in the same millisecond as the revalidation counts as overlapping it
    // (not kept): the one that follows begins later.
    await new Promise((resolve) => setTimeout(resolve, 5));
    upstream.body = PAGE.replace('Phường Phước Hưng', 'Tin mới');
    upstream.note = () => ({ tags: ['_N_T_/layout', tag], since: Date.now() });
    expect(await (await fetch(`${url}/tin-tuc/ba`)).text()).toContain('Tin mới');
    expect(upstream.calls).toBe(2);
    // the new page is kept in turn
    expect(await (await fetch(`${url}/tin-tuc/ba`)).text()).toContain('Tin mới');
    expect(upstream.calls).toBe(2);
  });

  it('sends readers asking while a changed page is rendered again to that one render', async () => {
    const tag = `_N_T_/tin-tuc/bon-${Date.now()}`;
    const upstream = isrPage([tag], { renderMs: 100 });
    const { url, cache } = await serve(upstream);
    await fetch(`${url}/tin-tuc/bon`);
    expect(upstream.calls).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, 5));
    tagsManifest.set(tag, { expired: performance.timeOrigin + performance.now() });
    upstream.body = PAGE.replace('Phường Phước Hưng', 'Bản mới');
    upstream.note = () => ({ tags: [tag], since: Date.now() });
    const pages = await Promise.all(Array.from({ length: 10 }, () => fetch(`${url}/tin-tuc/bon`).then((response) => response.text())));
    expect(pages.every((page) => page.includes('Bản mới'))).toBe(true);
    expect(upstream.calls).toBe(2);
    expect(cache.stats.coalesced).toBe(9);

    // a render that is not kept (here, a 404) sends the waiting readers on to Next.js
    await new Promise((resolve) => setTimeout(resolve, 5));
    tagsManifest.set(tag, { expired: performance.timeOrigin + performance.now() });
    upstream.status = 404;
    const statuses = await Promise.all(Array.from({ length: 3 }, () => fetch(`${url}/tin-tuc/bon`).then((response) => response.status)));
    expect(statuses).toEqual([404, 404, 404]);
    expect(upstream.calls).toBe(5);
  });

  it('keeps nothing that is not a public cached page', async () => {
    const cases: [string, Partial<Upstream>, Record<string, string>][] = [
      ['a 404', { status: 404 }, {}],
      ['a dynamic page', { headers: { 'content-type': 'text/html', 'cache-control': 'private, no-store', etag: '"e"' } }, {}],
      ['a page served stale', { headers: { ...isrPage([]).headers, 'x-nextjs-cache': 'STALE' } }, {}],
      ['a page without noted tags', { note: () => undefined }, {}],
      ['a client navigation', {}, { rsc: '1' }],
      ['a server action', {}, { 'next-action': 'x' }],
    ];
    for (const [label, change, requestHeaders] of cases) {
      const upstream = { ...isrPage(['_N_T_/x']), ...change };
      const { url } = await serve(upstream);
      await fetch(`${url}/x`, { headers: requestHeaders });
      await fetch(`${url}/x`, { headers: requestHeaders });
      expect(upstream.calls, label).toBe(2);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it('keeps a per-request page that declared itself the same for all, until its path is revalidated or its time is up', async () => {
    const tag = `_N_T_/tim-kiem-${Date.now()}`;
    let now = Date.now();
    const upstream: Upstream = {
      calls: 0,
      body: PAGE,
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
      note: () => ({ tags: ['_N_T_/layout', tag], since: now, maxAgeSeconds: 60 }),
    };
    const { url } = await serve(upstream, createFrontCache({ now: () => now }));
    await fetch(`${url}/tim-kiem?q=a%20b`);
    await fetch(`${url}/tim-kiem?q=a`);
    const again = await fetch(`${url}/tim-kiem?q=a`);
    expect(again.headers.get(FRONT_CACHE_HEADER)).toBe('HIT');
    expect((await fetch(`${url}/tim-kiem?q=a%20b`)).headers.get(FRONT_CACHE_HEADER)).toBe('HIT');
    expect(again.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(again.headers.get('cache-control')).toContain('no-store'); // browsers still do not keep it
    await fetch(`${url}/tim-kiem?q=b`);
    expect(upstream.calls).toBe(3);

    now += 61_000;
    await fetch(`${url}/tim-kiem?q=a`);
    expect(upstream.calls).toBe(4);
  });

  it('stays within its size, least recently used out first', async () => {
    const upstream = isrPage(['_N_T_/y']);
    const { url, cache } = await serve(upstream, createFrontCache({ maxBytes: Buffer.byteLength(PAGE) * 8 + 1000 }));
    for (let i = 0; i < 20; i++) await fetch(`${url}/trang-${i}`, { headers: { 'accept-encoding': 'identity' } });
    expect(cache.size).toBeLessThanOrEqual(8);
    await fetch(`${url}/trang-19`, { headers: { 'accept-encoding': 'identity' } });
    expect(upstream.calls).toBe(20);
  });

  describe('when the server announces it will render a changed page itself', () => {
    it('has readers wait for that render, which goes ahead of a reader’s still waiting its turn', async () => {
      const tag = `_N_T_/tin-tuc/nam-${Date.now()}`;
      const upstream = isrPage([tag], { renderMs: 50 });
      const cache = createFrontCache({ isWarmRequest });
      const { url } = await serve(upstream, cache);
      await fetch(`${url}/tin-tuc/nam`);
      expect(upstream.calls).toBe(1);

      // a reader arrives just after the revalidation and renders in its turn, 1 s away
      await sleep(5);
      expire(tag);
      await sleep(5);
      upstream.queueMs = 1000;
      upstream.body = PAGE.replace('Phường Phước Hưng', 'Bản đã sửa');
      upstream.note = () => ({ tags: [tag], since: Date.now() });
      const started = performance.now();
      const first = fetch(`${url}/tin-tuc/nam`).then(async (response) => ({ text: await response.text(), ms: performance.now() - started }));
      await sleep(20);
      cache.expectWarm(['/tin-tuc/nam', '/']);
      const others = Array.from({ length: 5 }, () => fetch(`${url}/tin-tuc/nam`).then(async (response) => ({ text: await response.text(), ms: performance.now() - started })));
      await sleep(20);
      expect(upstream.calls).toBe(1); // nobody renders until the announced render comes

      await warmRequest(`${url}/tin-tuc/nam`);
      const readers = await Promise.all(others);
      expect(readers.every((reader) => reader.text.includes('Bản đã sửa'))).toBe(true);
      expect(Math.max(...readers.map((reader) => reader.ms))).toBeLessThan(500);
      // the reader that was waiting its turn takes the kept page when the turn comes
      const early = await first;
      expect(early.text).toContain('Bản đã sửa');
      expect(upstream.calls).toBe(2);
    });

    it('answers readers as before until the change takes effect, then has them wait for that render', async () => {
      const tag = `_N_T_/-${Date.now()}`;
      const upstream = isrPage([tag], { renderMs: 50, queueMs: 1000 });
      const cache = createFrontCache({ isWarmRequest });
      const { url } = await serve(upstream, cache);
      upstream.queueMs = 0;
      await fetch(`${url}/`);
      upstream.queueMs = 1000;

      // announced while the editor's action is still running: the page is still the current one
      cache.expectWarm(['/']);
      const before = await fetch(`${url}/`);
      expect(before.headers.get(FRONT_CACHE_HEADER)).toBe('HIT');
      expect(await before.text()).toContain('Phường Phước Hưng');

      await sleep(5);
      expire(tag);
      await sleep(5);
      upstream.body = PAGE.replace('Phường Phước Hưng', 'Trang chủ mới');
      upstream.note = () => ({ tags: [tag], since: Date.now() });
      const started = performance.now();
      const readers = Array.from({ length: 3 }, () => fetch(`${url}/`).then(async (response) => ({ text: await response.text(), ms: performance.now() - started })));
      await sleep(20);
      await warmRequest(`${url}/`);
      for (const reader of await Promise.all(readers)) {
        expect(reader.text).toContain('Trang chủ mới');
        expect(reader.ms).toBeLessThan(500);
      }
      expect(upstream.calls).toBe(2);
    });

    it('has readers of a page that did not exist wait for its first render (a new article)', async () => {
      const upstream = isrPage([`_N_T_/tin-tuc/moi-${Date.now()}`], { renderMs: 50, queueMs: 1000 });
      const cache = createFrontCache({ isWarmRequest });
      const { url } = await serve(upstream, cache);
      cache.expectWarm(['/tin-tuc/moi']);
      const started = performance.now();
      const reader = fetch(`${url}/tin-tuc/moi`).then(async (response) => ({ status: response.status, hit: response.headers.get(FRONT_CACHE_HEADER), ms: performance.now() - started }));
      await sleep(20);
      await warmRequest(`${url}/tin-tuc/moi`);
      const answer = await reader;
      expect(answer).toMatchObject({ status: 200, hit: 'HIT' });
      expect(answer.ms).toBeLessThan(500);
      expect(upstream.calls).toBe(1);
    });

    it('lets readers go on if the render is not kept, never comes, or could not be asked for', async () => {
      const upstream = isrPage([`_N_T_/tin-tuc/sau-${Date.now()}`], { renderMs: 20 });
      const cache = createFrontCache({ isWarmRequest, warmExpectedLimitMs: 200 });
      const { url } = await serve(upstream, cache);

      // not kept (the article was unpublished: a 404): each reader asks Next.js
      upstream.status = 404;
      cache.expectWarm(['/tin-tuc/sau']);
      const waiting = Promise.all(Array.from({ length: 3 }, () => fetch(`${url}/tin-tuc/sau`).then((response) => response.status)));
      await sleep(20);
      expect((await warmRequest(`${url}/tin-tuc/sau`)).status).toBe(404);
      expect(await waiting).toEqual([404, 404, 404]);
      expect(upstream.calls).toBe(4);

      // never comes: after the limit, the first reader renders and the others wait for it
      upstream.status = 200;
      cache.expectWarm(['/tin-tuc/sau']);
      const started = performance.now();
      const late = await Promise.all(Array.from({ length: 3 }, () => fetch(`${url}/tin-tuc/sau`).then((response) => response.status)));
      expect(late).toEqual([200, 200, 200]);
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
      expect(upstream.calls).toBe(5);

      // could not be asked for: the readers go on at once
      expire(upstream.note()!.tags[0]);
      await sleep(5);
      upstream.note = () => ({ tags: [`_N_T_/tin-tuc/sau-x`], since: Date.now() });
      const giveUp = cache.expectWarm(['/tin-tuc/sau']);
      const reader = fetch(`${url}/tin-tuc/sau`).then((response) => performance.now());
      await sleep(20);
      const gaveUpAt = performance.now();
      giveUp('/tin-tuc/sau');
      expect((await reader) - gaveUpAt).toBeLessThan(150);
      expect(upstream.calls).toBe(6);
    });
  });
});
