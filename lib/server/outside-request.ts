import type { AsyncResource } from 'node:async_hooks';

// Made by the portal's own server when it starts (lib/server/request-context.mjs).
const ROOT_SCOPE_KEY = Symbol.for('phuoc-hung.root-async-scope');

/**
 * Runs `work` outside the current request's asynchronous context, so that timers it sets
 * (a rate limiter's counter lives as long as its window) do not keep the request alive: one
 * made inside a request holds Next.js's per-request stores, the request and the response
 * (some 30 KB) until it fires. Without the portal's server (`next dev`, unit tests) it
 * simply runs `work`.
 */
export function outsideRequest<T>(work: () => T): T {
  const scope = (globalThis as Record<symbol, AsyncResource | undefined>)[ROOT_SCOPE_KEY];
  return scope ? scope.runInAsyncScope(work) : work();
}
