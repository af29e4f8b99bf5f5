// The page cache on this machine's disk (the embedded default, without REDIS_URL):
// Next.js's own file-system cache, except that a 404 is stored only where a page was
// cached before (an article unpublished or a category emptied must stop being served),
// never for an address that never existed. next.config.ts names this file as Next.js's
// `cacheHandler`. Plain JavaScript: Next.js loads it with Node, outside the bundles.
import * as fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { forgetLifetime, isNotFoundEntry } from './not-found-entries.mjs';

// A CommonJS module with __esModule: Node hands its exports object as the default, Next.js's
// bundler (which also bundles this file for the proxy) the class itself.
const FileSystemCache = fileSystemCacheModule.default?.default ?? fileSystemCacheModule.default;

export default class PortalFileCache extends FileSystemCache {
  async set(cacheKey, value, ctx) {
    if (isNotFoundEntry(value) && !this.#holds(cacheKey, value.kind)) {
      forgetLifetime(cacheKey);
      return;
    }
    return super.set(cacheKey, value, ctx);
  }

  /**
   * Whether anything is kept for this key: in memory, on disk, or as the page prerendered
   * by `next build` (stored under the plain path, which Next.js reads when the key's own
   * file is absent). Deliberately blind to revalidated tags: after a restart Next.js no
   * longer knows them, and an old page left on disk would be served again.
   */
  #holds(cacheKey, kind) {
    if (FileSystemCache.memoryCache?.has(cacheKey)) return true;
    const suffix = kind === 'APP_ROUTE' ? '.body' : '.html';
    const marker = cacheKey.indexOf('/$/');
    const keys = marker === -1 ? [cacheKey] : [cacheKey, cacheKey.slice(marker + 2)];
    return keys.some((key) => {
      try {
        return this.fs.existsSync(this.getFilePath(`${key}${suffix}`, kind));
      } catch {
        return false; // a key outside the cache directory: nothing of it is kept
      }
    });
  }
}
