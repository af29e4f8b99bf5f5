// What the portal's page cache refuses to keep: the answer to an address that does not
// exist. Every [slug] and [page] route renders on demand (ISR with dynamicParams), and
// Next.js stores whatever it renders, 404s included: each random address an attacker
// asks for would cost a page on disk (about 7 files, 85 kB for a category) or in Redis,
// for ever, and a very long one fails with ENAMETOOLONG. Plain JavaScript: the cache
// handlers that use it are loaded by Node, outside the bundles.
import { SharedCacheControls } from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js';

/** A rendered page or route answer with status 404. */
export function isNotFoundEntry(value) {
  return (value?.kind === 'APP_PAGE' || value?.kind === 'APP_ROUTE') && value.status === 404;
}

/**
 * Next.js also remembers the lifetime of every key it is asked to store, in a map of its
 * own that never shrinks; an entry that is not stored must not leave that behind either.
 */
export function forgetLifetime(cacheKey) {
  SharedCacheControls?.cacheControls?.delete(cacheKey);
}
