// @ts-check
// What the portal's own server (scripts/serve.mjs) keeps for the request being answered, where
// code running inside Next.js can reach it: a server action that refuses its input names the
// HTTP status the answer should carry (lib/http/response-status.ts), since Next.js answers
// every action 200 by itself.
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** The same symbol lib/http/response-status.ts looks up. */
export const REQUEST_CONTEXT_KEY = Symbol.for('phuoc-hung.request-context');

/**
 * `startedAt` and `pageEntry` serve the front cache, `afterRevalidation` the warm requests
 * (lib/server/page-entry-notes.mjs).
 * @typedef {{ status?: number, startedAt?: number, pageEntry?: import('./page-entry-notes.mjs').PageEntryNote, afterRevalidation?: (() => void)[] }} RequestContext
 */

/** @type {AsyncLocalStorage<RequestContext>} */
const storage = new AsyncLocalStorage();
/** @type {any} */ (globalThis)[REQUEST_CONTEXT_KEY] = storage;

/**
 * A scope that belongs to no request, made when the server starts (this module is loaded
 * before the first request). lib/server/outside-request.ts runs code in it whose timers
 * outlive the request (e.g. a rate limiter's counter, kept for its whole window): a timer
 * keeps the asynchronous context it was made in, and made in a request's it would keep that
 * request (Next.js's per-request stores, the request and response objects) alive with it.
 */
export const ROOT_SCOPE_KEY = Symbol.for('phuoc-hung.root-async-scope');
/** @type {any} */ (globalThis)[ROOT_SCOPE_KEY] ??= new AsyncResource('portal-root-scope');

/**
 * Runs `handler` with a fresh context for one request.
 * @template T
 * @param {RequestContext} context
 * @param {() => T} handler
 */
export function runWithRequestContext(context, handler) {
  return storage.run(context, handler);
}

/**
 * The header that carries a refusal's status back when Next.js forwarded the action to the
 * page that has it (an internal request of its own, whose status it does not copy).
 */
export const FORWARDED_STATUS_HEADER = 'x-portal-action-status';

/**
 * Applies the status a server action asked for, just before the headers go out. Only a
 * successful answer is changed: redirects and Next.js's own errors keep theirs. An action
 * posted to a page that does not have it runs in a request Next.js forwards to one that does:
 * that request's status comes back in a header, which Next.js copies onto this answer.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {RequestContext} context
 */
export function applyRequestedStatus(req, res, context) {
  if (req.method !== 'POST') return;
  const forwarded = Number(res.getHeader(FORWARDED_STATUS_HEADER));
  res.removeHeader(FORWARDED_STATUS_HEADER);
  const status = context.status ?? (Number.isInteger(forwarded) && forwarded >= 400 && forwarded < 600 ? forwarded : undefined);
  if (!status || res.statusCode !== 200) return;
  res.statusCode = status;
  if (req.headers['x-action-forwarded']) res.setHeader(FORWARDED_STATUS_HEADER, String(status));
}

/** The header of the server's requests to itself that render a changed page at once (lib/cache/warm-pages.ts). */
export const WARM_HEADER = 'x-portal-warm';
/** The same key lib/cache/warm-pages.ts looks up. */
export const WARM_KEY = Symbol.for('phuoc-hung.warm-requests');

/**
 * What lib/cache/warm-pages.ts finds under WARM_KEY. `expect`, when set, is told the paths
 * before they are asked for and returns a function to call for a path that could not be.
 * @typedef {{ origin: string, header: string, token: string, expect?: (paths: readonly string[]) => (path: string) => void }} WarmRequests
 */

/**
 * Lets code running inside Next.js ask this server for a page (after a publish, so that the
 * page is rendered before readers ask for it), with a secret of this process that puts the
 * request ahead of readers. Returns a test for such requests, and `onExpected` to be told of
 * them as they are announced (lib/server/front-cache.mjs, `expectWarm`).
 * @param {string} origin where this server answers, e.g. http://127.0.0.1:3000
 */
export function enableWarmRequests(origin) {
  const token = randomBytes(18).toString('base64url');
  /** @type {WarmRequests} */
  const warm = { origin, header: WARM_HEADER, token };
  /** @type {any} */ (globalThis)[WARM_KEY] = warm;
  return {
    /** @param {import('node:http').IncomingMessage} req */
    isWarmRequest: (req) => req.headers[WARM_HEADER] === token,
    /** @param {WarmRequests['expect']} expect */
    onExpected: (expect) => {
      warm.expect = expect;
    },
  };
}
