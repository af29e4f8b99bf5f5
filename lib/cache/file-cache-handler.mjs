// The page cache on this machine's disk (the embedded default, without REDIS_URL):
// Next.js's own file-system cache (next.config.ts names this file as its `cacheHandler`), with
// two differences:
//  - a 404 is stored only where a page was cached before (an article unpublished or a category
//    emptied must stop being served), never for an address that never existed, so random
//    addresses cannot fill the disk;
//  - Next.js 16 keeps revalidations (revalidatePath after a publish, an edit, an unpublish) in
//    memory only, while the pages stay on disk: after a restart (a crash, a deploy, a reboot), a
//    page changed but not rendered again would be served as it had been, an unpublished article
//    included. Here every revalidation is also written to a file beside the cache as it is
//    made, and read back when the server starts.
// Plain JavaScript: Next.js loads it with Node, outside the bundles.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { notePageEntry, requestStartedAt, revalidationsApplied } from '../server/page-entry-notes.mjs';
import { forgetLifetime, isNotFoundEntry } from './not-found-entries.mjs';

// A CommonJS module with __esModule: Node hands its exports object as the default, Next.js's
// bundler (which also bundles this file for the proxy) the class itself.
const FileSystemCache = fileSystemCacheModule.default?.default ?? fileSystemCacheModule.default;
// The revalidations Next.js checks (shared by the whole server).
const { tagsManifest } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const FILE_NAME = 'portal-revalidated-tags.json';
let loadedFrom = null;

/** Where the revalidations of the build in `serverDistDir` (.next/server) are kept. */
export function revalidationsFile(serverDistDir) {
  return path.join(serverDistDir, '..', 'cache', FILE_NAME);
}

/** Puts the revalidations saved before the last stop back (once per process). */
export function loadRevalidations(file) {
  if (loadedFrom === file) return;
  loadedFrom = file;
  let saved;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT') console.error(`[cache] reading ${file}: ${error.message}`);
    return;
  }
  for (const [tag, entry] of Object.entries(saved)) {
    if (!tagsManifest.has(tag) && entry && typeof entry === 'object') tagsManifest.set(tag, entry);
  }
}

/**
 * Past this age a revalidation is no longer written: every page cached before it has been
 * stale (revalidate ≤ 1 hour) for weeks, and is regenerated on its next request anyway.
 */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** Writes every recent revalidation known to this process; atomic, so a kill mid-write keeps the old file. */
export function saveRevalidations(file, now = Date.now()) {
  mkdirSync(path.dirname(file), { recursive: true });
  const recent = [...tagsManifest].filter(([, entry]) => Math.max(entry.expired ?? 0, entry.stale ?? 0) > now - KEEP_MS);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(Object.fromEntries(recent)));
  renameSync(partial, file);
}

/**
 * Whether one of the page's tags was revalidated after its render began. Such a render may
 * have read the database before the change committed, yet Next.js would date the entry from
 * when it is stored, after the revalidation, and serve the old content as fresh until its
 * next regeneration (seen as an unpublished article still listed on its category page, when
 * a prefetch of that page was being rendered during the unpublish). Not kept: the next
 * request renders the page again. A render outside any request (the build) starts "now".
 */
export function revalidatedDuringRender(value, startedAt) {
  const tagsHeader = value?.headers?.['x-next-cache-tags'];
  if (typeof tagsHeader !== 'string' || !tagsHeader) return false;
  for (const tag of tagsHeader.split(',')) {
    const entry = tagsManifest.get(tag);
    if (!entry) continue;
    if ((typeof entry.expired === 'number' && entry.expired >= startedAt && entry.expired <= Date.now()) || (typeof entry.stale === 'number' && entry.stale >= startedAt)) return true;
  }
  return false;
}

export default class PortalFileCache extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.revalidationsFile = ctx.serverDistDir ? revalidationsFile(ctx.serverDistDir) : null;
    if (this.revalidationsFile) loadRevalidations(this.revalidationsFile);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (this.revalidationsFile) {
      try {
        saveRevalidations(this.revalidationsFile);
      } catch (error) {
        // A full or read-only disk: the revalidation still holds until the next restart.
        console.error(`[cache] saving revalidations to ${this.revalidationsFile}: ${error.message}`);
      }
    }
    // the changed pages can be rendered again now, while Next.js still prepares the answer
    revalidationsApplied();
  }

  // Both hand the page's cache tags to the in-memory front cache of scripts/serve.mjs
  // (lib/server/front-cache.mjs), which drops the page when one of them is revalidated.
  async get(cacheKey, ctx) {
    const data = await super.get(cacheKey, ctx);
    if (data?.value) notePageEntry(data.value, data.lastModified ?? Date.now());
    return data;
  }

  async set(cacheKey, value, ctx) {
    if (isNotFoundEntry(value) && !this.#holds(cacheKey, value.kind)) {
      forgetLifetime(cacheKey);
      return;
    }
    const startedAt = requestStartedAt();
    notePageEntry(value, startedAt);
    if (revalidatedDuringRender(value, startedAt)) return;
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
