// @ts-check
// What the portal's own server (scripts/serve.mjs) keeps for the request being answered, where
// code running inside Next.js can reach it: a server action that refuses its input names the
// HTTP status the answer should carry (lib/http/response-status.ts), since Next.js answers
// every action 200 by itself.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The same symbol lib/http/response-status.ts looks up. */
export const REQUEST_CONTEXT_KEY = Symbol.for('phuoc-hung.request-context');

/** @typedef {{ status?: number }} RequestContext */

/** @type {AsyncLocalStorage<RequestContext>} */
const storage = new AsyncLocalStorage();
/** @type {any} */ (globalThis)[REQUEST_CONTEXT_KEY] = storage;

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
