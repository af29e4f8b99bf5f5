// Kept by the portal's own server for the request being answered (lib/server/request-context.mjs),
// found by its global key from code bundled into Next.js.
const REQUEST_CONTEXT_KEY = Symbol.for('phuoc-hung.request-context');

/** What code inside Next.js may read or set for the current request. */
export type CurrentRequestContext = {
  /** the HTTP status the answer should carry (lib/http/response-status.ts) */
  status?: number;
  /** run once the request's revalidations have taken effect (lib/cache/warm-pages.ts) */
  afterRevalidation?: (() => void)[];
};

type RequestContextStorage = { getStore(): CurrentRequestContext | undefined };

/** The current request's context; undefined outside the portal's own server (`next dev`, unit tests). */
export function currentRequestContext(): CurrentRequestContext | undefined {
  return (globalThis as Record<symbol, RequestContextStorage | undefined>)[REQUEST_CONTEXT_KEY]?.getStore();
}
