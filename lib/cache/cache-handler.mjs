// The ISR / data cache shared by every portal instance, in Redis: next.config.ts names this
// file as Next.js's `cacheHandler` when REDIS_URL is set (without it, Next.js keeps its
// own cache on this machine's disk and nothing here runs). A page rendered or revalidated
// by one instance (revalidatePath → revalidateTag of its implicit tags) is what every other
// instance serves next. Built on @fortedigital/nextjs-cache-handler's maintained Redis
// handler. Plain JavaScript: Next.js loads it with Node, outside the bundles.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { Redis } from 'ioredis';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { requestStartedAt } from '../server/page-entry-notes.mjs';
import { forgetLifetime, isNotFoundEntry } from './not-found-entries.mjs';

/** Where this build's entries live: REDIS_PREFIX + "next:" + build id. */
function cacheKeyPrefix(buildId) {
  return `${process.env.REDIS_PREFIX?.trim() || 'portal:'}next:${buildId ?? 'dev'}:`;
}

CacheHandler.onCreation(async ({ buildId }) => {
  // `next build` renders into a cache of its own: a build never needs Redis, and never
  // writes into the cache that running instances share.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
    return { handlers: [createLruHandler()] };
  }
  const client = new Redis(process.env.REDIS_URL, {
    connectTimeout: 2000,
    commandTimeout: 2000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let reported = false;
  client.on('error', (error) => {
    if (!reported) console.error(`Redis (page cache): ${error.message}`);
    reported = true;
  });
  client.on('ready', () => {
    reported = false;
  });
  // Serve the first requests from the shared cache if Redis answers soon; while it does
  // not, pages are rendered for each request (never cached per instance, which would
  // miss another instance's revalidations).
  await new Promise((resolve) => {
    client.once('ready', resolve);
    setTimeout(resolve, 2000).unref();
  });
  return {
    // Entries are per build: instances of one build share them, a new release starts afresh.
    // (The default EXPIREAT strategy: with ioredis, 3.3.0's EXAT path calls SET unbound and fails.)
    handlers: [
      createRedisHandler({ client: ioredisAdapter(client), keyPrefix: cacheKeyPrefix(buildId), timeoutMs: 2000 }),
    ],
  };
});

/**
 * Next.js keeps each route's lifetime (revalidate) in this process's memory when it renders
 * the route; an instance that did not render it falls back to "stale after 1 s" and would
 * regenerate the page on nearly every request. The stored entry knows the lifetime, so it
 * is handed back with it.
 */
export default class PortalCacheHandler extends CacheHandler {
  async get(cacheKey, ctx) {
    const entry = await super.get(cacheKey, ctx);
    if (entry && !entry.cacheControl && entry.lifespan && entry.lifespan.revalidate !== undefined) {
      entry.cacheControl = { revalidate: entry.lifespan.revalidate, expire: undefined };
    }
    return entry;
  }

  /**
   * A 404 replaces a page that was cached (an article unpublished), but an address that
   * never existed costs nothing in Redis (lib/cache/not-found-entries.mjs).
   *
   * An entry is dated from when its request began, not from when it is stored. Every
   * revalidatePath is recorded in Redis with its time, and an entry older than a revalidation
   * of one of its tags is dropped when read; dated from its storing, a render that read the
   * database before an unpublish committed (on this instance or another) and finished after
   * the revalidation would count as newer than it, and the article would stay listed until
   * the page's next regeneration. Dated from its start, it is dropped and rendered again.
   */
  async set(cacheKey, value, ctx) {
    if (isNotFoundEntry(value) && !(await super.get(cacheKey, { softTags: [] }))) {
      forgetLifetime(cacheKey);
      return;
    }
    return super.set(cacheKey, value, { ...ctx, internal_lastModified: requestStartedAt() });
  }
}
