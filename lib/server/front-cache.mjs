// @ts-check
// Finished public pages kept in memory in front of Next.js, so that a page already rendered
// is answered without going through Next.js again (routing, reading the cache entry, the
// script hashes of lib/server/hold-html.mjs, compression): a fraction of a millisecond
// instead of several, which is what keeps the portal answering under load on a small machine.
//
// Only what Next.js itself answers from its page cache is kept: a GET of an HTML page with
// status 200 served as an ISR HIT or a fresh render (x-nextjs-cache HIT or MISS), whose
// Cache-Control lets a shared cache keep it; and pages rendered per request that declare
// themselves the same for every reader, with their tags (the search results,
// `declareFrontCacheable`). Each page remembers the cache tags of its Next.js
// entry (handed over by the disk cache handler through the request context,
// lib/server/page-entry-notes.mjs) and is dropped the moment one of them is revalidated, with the very check
// Next.js makes (its tags manifest): a publish, an edit or a vote refresh is visible on the
// next request, as without this cache. Readers asking for a page while it is rendered again
// wait for that one render; for a page an editor has just changed, for the server's own
// render of it, announced by the editor's action (`expectWarm`, lib/cache/warm-pages.ts).
// Entries also go back to Next.js after their s-maxage or FRONT_CACHE_MAX_AGE_SECONDS,
// whichever is sooner, so that time-based regeneration keeps working. Bounded in bytes,
// least recently used first out.
//
// Used only with the embedded disk cache: with REDIS_URL, another instance's revalidations
// reach this process through Redis and not through its tags manifest (deploy/nginx keeps a
// one-second micro-cache in front of several instances instead).
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';

const { areTagsExpired, areTagsStale } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

/** Request headers that ask Next.js for something other than the page's HTML. */
const NON_DOCUMENT_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'content-length', 'transfer-encoding'];
/** Response headers that belong to one transfer, not to the page. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'date', 'connection', 'keep-alive']);
const ENCODINGS = ['br', 'gzip', 'identity'];
const PREFERRED_ENCODINGS = ['br', 'gzip'];
const EMPTY = Buffer.alloc(0);
/** Marks an answer given from here (tests and benchmarks read it). */
export const FRONT_CACHE_HEADER = 'x-portal-front-cache';

/**
 * @typedef {import('./page-entry-notes.mjs').PageEntryNote} PageEntryNote
 * @typedef {{
 *   headers: [string, string | string[]][],
 *   etag: string,
 *   body: Buffer,
 *   variants: Map<string, Buffer>,
 *   tags: string[],
 *   since: number,
 *   expiresAt: number,
 *   bytes: number,
 *   stale?: boolean,
 *   waiting?: (() => void)[],
 *   rendering?: number,
 * }} Entry
 */

/** Readers wait this long at most for a render the server announced (`expectWarm`) that has not begun. */
export const WARM_EXPECTED_LIMIT_MS = 3000;

/** @param {string | undefined} cacheControl */
function sharedMaxAgeSeconds(cacheControl) {
  if (!cacheControl || /\b(private|no-store|no-cache)\b/i.test(cacheControl)) return 0;
  const match = /\bs-maxage=(\d+)/i.exec(cacheControl);
  return match ? Number(match[1]) : 0;
}

/**
 * `isWarmRequest`: the server's own request rendering a page just changed (a new article
 * too, which has no entry yet): readers asking meanwhile wait for it rather than render again.
 * @param {{ maxBytes?: number, maxAgeSeconds?: number, now?: () => number, isWarmRequest?: (req: import('node:http').IncomingMessage) => boolean, warmExpectedLimitMs?: number }} [options]
 */
export function createFrontCache({ maxBytes = 64 * 1024 * 1024, maxAgeSeconds = 60, now = Date.now, isWarmRequest = () => false, warmExpectedLimitMs = WARM_EXPECTED_LIMIT_MS } = {}) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let totalBytes = 0;
  const stats = { hits: 0, stored: 0, dropped: 0, coalesced: 0 };
  /** The cache key of each request, as it arrived. @type {WeakMap<import('node:http').IncomingMessage, string>} */
  const requestKeys = new WeakMap();

  /** @param {string} key */
  const drop = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalBytes -= entry.bytes;
    stats.dropped++;
  };

  /** Paths whose render by the server itself is announced and has not begun: the announcements, oldest first. @type {Map<string, object[]>} */
  const announced = new Map();

  /** A marker for a page about to be rendered that has no entry yet. @returns {Entry} */
  const placeholder = () => ({ headers: [], etag: '', body: EMPTY, variants: new Map(), tags: [], since: 0, expiresAt: 0, bytes: 0, stale: true });

  /** Sends the readers waiting on `entry` on (to the cache's new entry, or to Next.js), once. @param {Entry} entry */
  const resumeWaiting = (entry) => {
    const waiting = entry.waiting;
    entry.waiting = undefined;
    if (waiting) for (const resume of waiting) resume();
  };

  /**
   * One announced render of `key` has begun (the oldest announcement's) or is given up (that
   * of `announcement`); false if there was none.
   * @param {string} key @param {object} [announcement]
   */
  const countDown = (key, announcement) => {
    const list = announced.get(key);
    const index = list ? (announcement ? list.indexOf(announcement) : 0) : -1;
    if (!list || index === -1) return false;
    list.splice(index, 1);
    if (list.length === 0) announced.delete(key);
    return true;
  };

  /** @param {import('node:http').IncomingMessage} req */
  const keyOf = (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    if (NON_DOCUMENT_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined;
    if (!req.url || req.url.includes('_rsc=')) return undefined;
    // draft mode renders what is not public yet
    if (req.headers.cookie?.includes('__prerender_bypass')) return undefined;
    return req.url;
  };

  /**
   * The entry for `key`, if any; an out-of-date one is emptied and kept as a marker that
   * the page is cacheable, so that readers asking while it is rendered again wait for that
   * one render (`serve`) instead of each starting their own.
   * @param {string} key
   */
  const lookup = (key) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (!entry.stale && (entry.expiresAt <= now() || areTagsExpired(entry.tags, entry.since) || areTagsStale(entry.tags, entry.since))) {
      entry.stale = true;
      totalBytes -= entry.bytes;
      entry.bytes = 0;
      entry.body = EMPTY;
      entry.variants.clear();
    }
    // most recently used last
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  };

  /** @param {Entry} entry @param {string} encoding */
  const bodyFor = (entry, encoding) => {
    if (encoding === 'identity') return entry.body;
    let variant = entry.variants.get(encoding);
    if (!variant) {
      variant =
        encoding === 'br'
          ? brotliCompressSync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
          : gzipSync(entry.body, { level: 9 });
      entry.variants.set(encoding, variant);
      entry.bytes += variant.length;
      totalBytes += variant.length;
    }
    return variant;
  };

  const evict = () => {
    for (const key of entries.keys()) {
      if (totalBytes <= maxBytes) break;
      drop(key);
    }
  };

  const api = {
    stats,
    get size() {
      return entries.size;
    },

    /**
     * Answers the request from the cache if it holds the page, or has it answered once the
     * render under way for it is done (by the cache, or by `proceed` if that render was not
     * kept); false if Next.js must answer (the caller then calls `proceed` itself).
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {() => void} proceed hands the request to Next.js
     */
    serve(req, res, proceed) {
      const key = keyOf(req);
      if (key === undefined) return false;
      // Next.js rewrites req.url as it routes (e.g. %20 in a query becomes +): `store` uses this
      requestKeys.set(req, key);
      let entry = lookup(key);
      const warm = isWarmRequest(req);
      // the server's own render of a page it announced: it goes ahead even if a reader's began
      // first, which may still be waiting its turn behind other readers (lib/server/admission.mjs)
      const announcedRender = warm && countDown(key);
      if (!entry && (warm || announced.has(key))) {
        entry = placeholder();
        entries.set(key, entry);
      }
      if (!entry) return false;
      if (entry.stale) {
        if (!announcedRender && (entry.waiting || announced.has(key))) {
          stats.coalesced++;
          (entry.waiting ??= []).push(() => {
            if (res.destroyed) return;
            if (!api.serve(req, res, proceed)) proceed();
          });
          return true;
        }
        // this request renders the page again; the others wait for it
        entry.waiting ??= [];
        entry.rendering = (entry.rendering ?? 0) + 1;
        const rendered = entry;
        res.once('close', () => {
          rendered.rendering = (rendered.rendering ?? 1) - 1;
          // kept (`store` has sent the waiting readers to the new entry)
          if (entries.get(key) !== rendered) return resumeWaiting(rendered);
          // another render is under way or announced: the readers wait for that one
          if (rendered.rendering > 0 || announced.has(key)) return;
          // not kept this time (a 404 now, an error): no more waiting for this address
          drop(key);
          resumeWaiting(rendered);
        });
        return false;
      }
      stats.hits++;
      for (const [name, value] of entry.headers) res.setHeader(name, value);
      res.setHeader(FRONT_CACHE_HEADER, 'HIT');
      const match = req.headers['if-none-match'];
      if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)) {
        // as with Next.js's own 304s: the browser keeps the policy stored with the page
        res.removeHeader('content-security-policy');
        res.removeHeader('content-type');
        res.writeHead(304);
        res.end();
        return true;
      }
      // the order compression prefers (negotiator 0.6.4 takes it; its types do not know yet)
      const negotiator = /** @type {any} */ (new Negotiator(req));
      const encoding = req.headers['accept-encoding'] ? negotiator.encoding(ENCODINGS, PREFERRED_ENCODINGS) || 'identity' : 'identity';
      const body = bodyFor(entry, encoding);
      if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
      res.setHeader('content-length', body.length);
      res.writeHead(200);
      res.end(req.method === 'HEAD' ? undefined : body);
      evict();
      return true;
    },

    /**
     * Answers from the cache if it now holds the page, for a request that waited its turn
     * (lib/server/admission.mjs) after the cache had none: meanwhile another request may have
     * rendered it. False if Next.js must answer.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    serveStored(req, res) {
      const key = requestKeys.get(req);
      if (key === undefined || isWarmRequest(req)) return false;
      const entry = lookup(key);
      if (!entry || entry.stale) return false;
      return api.serve(req, res, () => {});
    },

    /**
     * Announces that the server will render `paths` itself as soon as an editor's change takes
     * effect (the warm requests of lib/cache/warm-pages.ts). Once a page is out of date, readers
     * asking for it wait for that render, which goes ahead of theirs, instead of rendering it
     * in their turn; readers of a page with no entry yet (a new article) too. Until the change
     * takes effect they are answered as before. If the render has not begun after
     * `warmExpectedLimitMs`, they go on without it. Returns a function that gives up waiting for
     * one of the paths (its render could not be asked for).
     * @param {readonly string[]} paths
     * @returns {(path: string) => void}
     */
    expectWarm(paths) {
      const announcement = {};
      const keys = new Set(paths);
      for (const key of keys) announced.set(key, [...(announced.get(key) ?? []), announcement]);
      /** @param {string} key */
      const giveUp = (key) => {
        if (!countDown(key, announcement) || announced.has(key)) return;
        const entry = entries.get(key);
        // the readers go on: the first renders the page, the others wait for it
        if (entry?.stale && !entry.rendering) resumeWaiting(entry);
      };
      setTimeout(() => {
        for (const key of keys) giveUp(key);
      }, warmExpectedLimitMs).unref();
      return giveUp;
    },

    /**
     * Keeps a page Next.js has just answered, if it is a public cached page (see above) and
     * its request went through `serve` first.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {Buffer} body the complete HTML
     * @param {PageEntryNote | undefined} pageEntry what the cache handler noted for this request
     */
    store(req, res, body, pageEntry) {
      const key = requestKeys.get(req);
      if (key === undefined || req.method !== 'GET' || !pageEntry || res.statusCode !== 200 || body.length > maxBytes / 8) return;
      let etag = String(res.getHeader('etag') ?? '');
      let lifetime;
      if (pageEntry.maxAgeSeconds) {
        // a page rendered for each request that declared itself the same for every reader
        lifetime = pageEntry.maxAgeSeconds;
        if (!etag) etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        res.setHeader('etag', etag);
      } else {
        const served = String(res.getHeader('x-nextjs-cache') ?? '');
        if (served !== 'HIT' && served !== 'MISS') return;
        lifetime = sharedMaxAgeSeconds(String(res.getHeader('cache-control') ?? ''));
      }
      if (!etag || !(lifetime > 0)) return;
      const at = now();
      // back to Next.js when it would regenerate the page by time, or after maxAgeSeconds
      const expiresAt = Math.min(at + maxAgeSeconds * 1000, pageEntry.since + lifetime * 1000);
      if (expiresAt <= at || areTagsExpired(pageEntry.tags, pageEntry.since) || areTagsStale(pageEntry.tags, pageEntry.since)) return;
      /** @type {[string, string | string[]][]} */
      const headers = [];
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
        headers.push([name, Array.isArray(value) ? value : String(value)]);
      }
      // answered again, it is a cache hit whatever this answer was (a fresh render: MISS)
      const served = headers.find(([name]) => name === 'x-nextjs-cache');
      if (served) served[1] = 'HIT';
      // compression adds it only as the headers go out, after this
      const vary = headers.find(([name]) => name === 'vary');
      if (!vary) headers.push(['vary', 'Accept-Encoding']);
      else if (!/\baccept-encoding\b/i.test(String(vary[1]))) vary[1] = `${vary[1]}, Accept-Encoding`;
      const previous = entries.get(key);
      drop(key);
      const entry = { headers, etag: etag.replace(/^W\//, ''), body, variants: new Map(), tags: pageEntry.tags, since: pageEntry.since, expiresAt, bytes: body.length };
      entries.set(key, entry);
      totalBytes += entry.bytes;
      stats.stored++;
      evict();
      // readers waiting for this render: answered from the new entry, once this one is sent
      if (previous) setImmediate(() => resumeWaiting(previous));
    },
  };
  return api;
}

/** @typedef {ReturnType<typeof createFrontCache>} FrontCache */
