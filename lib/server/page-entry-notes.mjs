// @ts-check
// What the disk cache handler (lib/cache/file-cache-handler.mjs) tells the front cache of
// scripts/serve.mjs (lib/server/front-cache.mjs) about the page being answered: the cache tags
// of its Next.js entry. Passed through the request context (lib/server/request-context.mjs),
// found by its global key since Next.js loads the cache handler outside the server's modules.
// Pages rendered per request may also declare themselves cacheable (declareFrontCacheable).
// No imports: the cache handler is also bundled for the proxy, this file into pages.

/** The key under which lib/server/request-context.mjs shares its storage. */
const REQUEST_CONTEXT_KEY = Symbol.for('phuoc-hung.request-context');

/**
 * `maxAgeSeconds` only for a page rendered per request (declareFrontCacheable).
 * @typedef {{ tags: string[], since: number, maxAgeSeconds?: number }} PageEntryNote
 * @typedef {{ startedAt?: number, pageEntry?: PageEntryNote, afterRevalidation?: (() => void)[] }} NotedContext
 */

/** @returns {NotedContext | undefined} */
function currentContext() {
  return /** @type {any} */ (globalThis)[REQUEST_CONTEXT_KEY]?.getStore();
}

/**
 * Called by the disk cache handler for every page entry Next.js reads or writes while
 * answering a request: the entry's cache tags, and the time from which a revalidation of one
 * of them makes it out of date (when it was rendered, or, for a render under way, when the
 * request began: a revalidation during the render then also counts).
 * @param {{ kind?: string, headers?: Record<string, unknown> } | null | undefined} value
 * @param {number} since
 */
export function notePageEntry(value, since) {
  if (value?.kind !== 'APP_PAGE') return;
  const tagsHeader = value.headers?.['x-next-cache-tags'];
  if (typeof tagsHeader !== 'string' || !tagsHeader) return;
  const context = currentContext();
  if (!context) return;
  const tags = tagsHeader.split(',');
  const previous = context.pageEntry;
  context.pageEntry = previous
    ? { tags: [...new Set([...previous.tags, ...tags])], since: Math.min(previous.since, since) }
    : { tags, since };
}

/**
 * Called by the cache handlers once the revalidations the current request made (a server
 * action's revalidatePath) have taken effect: runs what the request asked to run then
 * (lib/cache/warm-pages.ts), once.
 */
export function revalidationsApplied() {
  const waiting = currentContext()?.afterRevalidation;
  if (!waiting) return;
  for (const run of waiting.splice(0)) run();
}

/** When the request being answered began (for a render's `since`), or now outside any request. */
export function requestStartedAt() {
  return currentContext()?.startedAt ?? Date.now();
}

/**
 * Lets the front cache keep the page being rendered (one rendered for each request, whose HTML
 * is nevertheless the same for every reader: no cookie, no session) for up to
 * `maxAgeSeconds`, until revalidatePath of one of `paths` (e.g. revalidatePath('/tim-kiem')
 * on every article change). Does nothing outside the portal's own server.
 * @param {string[]} paths
 * @param {number} maxAgeSeconds
 */
export function declareFrontCacheable(paths, maxAgeSeconds) {
  const context = currentContext();
  if (!context) return;
  // revalidatePath(path) expires Next.js's implicit tag of that path; the root layout's is
  // expired by a change shown on every page (revalidatePath('/', 'layout'))
  context.pageEntry = { tags: ['_N_T_/layout', ...paths.map((path) => `_N_T_${path}`)], since: context.startedAt ?? Date.now(), maxAgeSeconds };
}
