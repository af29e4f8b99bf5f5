import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import PortalFileCache from './file-cache-handler.mjs';
import { runWithRequestContext } from '../server/request-context.mjs';
// Next.js's own file system methods (what it hands a cache handler)
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';

const distDir = mkdtempSync(path.join(tmpdir(), 'portal-file-cache-'));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

// What the test uses of the handler (Next.js's own types want its internal value classes).
type PageCache = {
  revalidateTag: (tags: string[], durations?: unknown) => Promise<void>;
  set: (key: string, value: unknown, ctx: unknown) => Promise<void>;
  get: (key: string, ctx: unknown) => Promise<{ value?: { status?: number } | null } | null>;
};
// A cache without the in-memory layer, so that every answer comes from the disk.
const cache = new (PortalFileCache as unknown as new (ctx: unknown) => PageCache)({
  fs: nodeFs,
  serverDistDir: distDir,
  flushToDisk: true,
  revalidatedTags: [],
  _requestHeaders: {},
});
const ctx = { cacheControl: { revalidate: 3600, expire: undefined }, isFallback: false, isRoutePPREnabled: false };
const page = (status: number, html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status });
const route = (status: number, body: string) => ({ kind: 'APP_ROUTE', body: Buffer.from(body), headers: {}, status });
const key = (pathname: string) => `/route-cache/APP_PAGE/0123abcd/$${pathname}`;
const filesUnder = (dir: string): string[] => {
  const full = path.join(distDir, dir);
  try {
    return readdirSync(full, { recursive: true }) as string[];
  } catch {
    return [];
  }
};

describe('the page cache on disk (lib/cache/file-cache-handler.mjs)', () => {
  it('keeps pages, but no 404 for an address that never had one', async () => {
    await cache.set(key('/tin-tuc/co-that'), page(200, '<h1>Bài viết</h1>'), ctx);
    for (let i = 0; i < 20; i++) await cache.set(key(`/tin-tuc/khong-co-${i}`), page(404, '<h1>Không tìm thấy trang</h1>'), ctx);
    await cache.set(key(`/tin-tuc/${'a'.repeat(300)}`), page(404, 'x'), ctx);
    await cache.set('/route-cache/APP_ROUTE/0123abcd/$/chuyen-muc/khong-co/rss.xml', route(404, 'Không tìm thấy chuyên mục'), ctx);
    expect(filesUnder('route-cache').filter((file) => file.includes('khong-co') || file.includes('aaaa'))).toEqual([]);
    expect((await cache.get(key('/tin-tuc/co-that'), { kind: 'APP_PAGE', isFallback: false }))?.value).toMatchObject({ status: 200 });
  });

  it('replaces a cached page by its 404 (an unpublished article must not be served again)', async () => {
    await cache.set(key('/tin-tuc/go-bai'), page(200, '<h1>Sắp gỡ</h1>'), ctx);
    await cache.set(key('/tin-tuc/go-bai'), page(404, '<h1>Không tìm thấy trang</h1>'), ctx);
    const meta = JSON.parse(readFileSync(path.join(distDir, 'route-cache/APP_PAGE/0123abcd/$/tin-tuc/go-bai.meta'), 'utf8'));
    expect(meta.status).toBe(404);
  });

  it('replaces a page prerendered by the build by its 404', async () => {
    // `next build` writes prerendered pages under app/ by their plain path.
    mkdirSync(path.join(distDir, 'app/tin-tuc'), { recursive: true });
    writeFileSync(path.join(distDir, 'app/tin-tuc/tu-luc-build.html'), '<h1>Prerendered</h1>');
    await cache.set(key('/tin-tuc/tu-luc-build'), page(404, '<h1>Không tìm thấy trang</h1>'), ctx);
    expect(filesUnder('route-cache/APP_PAGE/0123abcd/$/tin-tuc')).toContain('tu-luc-build.html');
  });

  it('does not keep a page whose render began before one of its tags was revalidated', async () => {
    const { tagsManifest } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
    const tagged = (html: string) => ({ ...page(200, html), headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/chuyen-muc/tin-tuc' } });
    const read = async () => (await cache.get(key('/chuyen-muc/tin-tuc'), { kind: 'APP_PAGE', isFallback: false }))?.value as { html?: string } | undefined;
    await cache.set(key('/chuyen-muc/tin-tuc'), tagged('<li>Bài sắp gỡ</li>'), ctx);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
    // A render begins; meanwhile the article is unpublished and the page revalidated.
    await pause();
    const startedAt = Date.now();
    await pause();
    tagsManifest.set('_N_T_/chuyen-muc/tin-tuc', { expired: Date.now() });
    await pause();
    await runWithRequestContext({ startedAt }, () => cache.set(key('/chuyen-muc/tin-tuc'), tagged('<li>Bài sắp gỡ</li>'), ctx));
    expect(await read()).toBeUndefined();
    // A render begun after the revalidation is kept.
    await pause();
    await runWithRequestContext({ startedAt: Date.now() }, () => cache.set(key('/chuyen-muc/tin-tuc'), tagged('<p>Chưa có bài</p>'), ctx));
    expect((await read())?.html).toBe('<p>Chưa có bài</p>');
    tagsManifest.delete('_N_T_/chuyen-muc/tin-tuc');
  });

  it('runs what the request asked for once its revalidations have taken effect, not before', async () => {
    const { areTagsExpired } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
    const tag = `_N_T_/tin-tuc/vua-dang-${Date.now()}`;
    const since = Date.now() - 1000;
    const seen: boolean[] = [];
    const context = { afterRevalidation: [() => seen.push(areTagsExpired([tag], since))] };
    await runWithRequestContext(context, () => cache.revalidateTag([tag]));
    expect(seen).toEqual([true]);
    // once only
    await runWithRequestContext(context, () => cache.revalidateTag([tag]));
    expect(seen).toEqual([true]);
  });
});
