// @ts-check
// Next.js answers some requests before any of the portal's code runs, and then in English or
// with no body at all: a method a route does not take (405, empty), a page posted to (405
// "Method Not Allowed"), a method it does not know (400, empty), a server action id it does not
// have (409 "Server Action unavailable.") and a path whose percent-encoding is broken (500
// "Internal Server Error"). The portal's own server (scripts/serve.mjs) refuses the last two
// itself, and gives the others a Vietnamese sentence in place of Next.js's body.
import { Buffer } from 'node:buffer';
import { REFUSAL_MESSAGES, refusalMessageForStatus } from '../http/refusal-messages.mjs';

/** Methods the portal answers: no route or page takes PUT, PATCH or DELETE (bare-refusals.test.ts checks the routes). */
export const PORTAL_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];

/** Bodies of Next.js's own refusals, which no page or route of the portal writes. */
const NEXT_BARE_BODIES = new Set(['', 'Method Not Allowed', 'Bad Request', 'Not Found', 'Internal Server Error', 'Server Action unavailable.', 'Invalid Server Action request.']);
const LONGEST_BARE_BODY = Math.max(...[...NEXT_BARE_BODIES].map((body) => body.length));

/**
 * @typedef {{ status: number, message: string, headers?: Record<string, string> }} Refusal
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 */

/**
 * A request to refuse before Next.js sees it, or null.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {Refusal | null}
 */
export function refusalBeforeNext(method, url) {
  if (!PORTAL_METHODS.includes(String(method).toUpperCase())) {
    return { status: 405, message: REFUSAL_MESSAGES.methodNotAllowed, headers: { allow: PORTAL_METHODS.join(', ') } };
  }
  const path = String(url ?? '/').split('?')[0];
  try {
    for (const segment of path.split('/')) decodeURIComponent(segment);
  } catch {
    return { status: 400, message: REFUSAL_MESSAGES.malformedAddress };
  }
  return null;
}

/**
 * The content type of a refusal: exactly `text/plain` to a server action call (Next.js's client
 * shows such a text, and only with that type), readable text to anyone else.
 * @param {IncomingMessage} req
 */
function refusalType(req) {
  return req.headers['next-action'] ? 'text/plain' : 'text/plain; charset=utf-8';
}

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {Refusal} refusal
 */
export function sendRefusal(req, res, refusal) {
  const body = Buffer.from(refusal.message, 'utf8');
  res.writeHead(refusal.status, {
    ...refusal.headers,
    'content-type': refusalType(req),
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Wraps `res` so that a refusal Next.js writes without a body, or with its own English text,
 * carries the Vietnamese sentence for its status instead. Other answers pass untouched.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
export function translateBareRefusals(req, res) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  /** @type {'hold' | 'pass' | undefined} */
  let mode;
  /** @type {Buffer[]} */
  let chunks = [];
  let held = 0;
  const restore = () => Object.assign(res, original);

  /** Once the status and headers are known: hold a plain-text refusal (a few bytes at most), pass the rest. */
  const decide = () => {
    if (mode) return mode;
    const type = String(res.getHeader('content-type') ?? '').toLowerCase();
    const candidate = req.method !== 'HEAD' && res.statusCode >= 400 && (type === '' || type.startsWith('text/plain'));
    mode = candidate ? 'hold' : 'pass';
    if (mode === 'pass') restore();
    return mode;
  };

  /** @param {any} chunk @param {any} [encoding] */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : Buffer.from(chunk);
    chunks.push(buffer);
    held += buffer.length;
  };

  /** Not a bare refusal after all: send what was held as it was. */
  const passHeld = () => {
    const body = Buffer.concat(chunks);
    chunks = [];
    restore();
    return body;
  };

  /** @type {any} */ (res).writeHead = function writeHead(/** @type {any[]} */ ...args) {
    const [status, second, third] = args;
    res.statusCode = status;
    if (typeof second === 'string') res.statusMessage = second;
    const headers = typeof second === 'string' ? third : second;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    if (decide() === 'pass') return original.writeHead.call(res, res.statusCode);
    return res;
  };

  res.flushHeaders = function flushHeaders() {
    if (decide() === 'pass') original.flushHeaders.call(res);
  };

  /** @type {any} */ (res).write = function write(/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
    if (decide() === 'pass') return original.write.call(res, chunk, encoding, callback);
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    keep(chunk, encoding);
    if (held > LONGEST_BARE_BODY) return original.write.call(res, passHeld(), callback);
    if (callback) process.nextTick(callback);
    return true;
  };

  /** @type {any} */ (res).end = function end(/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
    if (typeof chunk === 'function') [callback, chunk, encoding] = [chunk, undefined, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (decide() === 'pass') return original.end.call(res, chunk, encoding, callback);
    keep(chunk, encoding);
    const body = passHeld();
    if (!NEXT_BARE_BODIES.has(body.toString('utf8').trim())) return original.end.call(res, body, callback);
    const message = res.getHeader('x-nextjs-action-not-found') ? REFUSAL_MESSAGES.unknownAction : refusalMessageForStatus(res.statusCode);
    const text = Buffer.from(message, 'utf8');
    res.setHeader('content-type', refusalType(req));
    res.setHeader('content-length', text.length);
    res.setHeader('cache-control', 'no-store');
    return original.end.call(res, text, callback);
  };
}

/**
 * What to write on a connection whose request Node.js could not parse (an unknown method, a
 * malformed request line or header): Node.js's own answer has no body.
 * @param {NodeJS.ErrnoException} error
 */
export function clientErrorResponse(error) {
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'Phần đầu của yêu cầu quá lớn.']
      : [400, 'Bad Request', REFUSAL_MESSAGES.malformed];
  const body = Buffer.from(message, 'utf8');
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`, 'latin1'),
    body,
  ]);
}
