// @ts-check
// Holds an HTML page until it is complete so that its Content-Security-Policy can name the
// hashes of its inline scripts (lib/server/inline-scripts.mjs), then sends it in one piece.
// Every other response passes through untouched. Pages are small (tens of KB) and cached
// pages are written in one piece anyway, so holding costs no time to the first byte worth
// speaking of; a page larger than HOLD_LIMIT_BYTES is sent without script hashes (its
// scripts are refused, the server-rendered page still reads) rather than held in memory.
import { Buffer } from 'node:buffer';

export const HOLD_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {{
 *   hashScripts: (html: string) => { hashes: string[], refused: number, sample?: string },
 *   beforeHeaders?: (res: ServerResponse) => void,
 *   onRefusedScripts?: (url: string, count: number, sample?: string) => void,
 *   onComplete?: (res: ServerResponse, body: Buffer) => void,
 * }} HoldOptions
 */

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {HoldOptions} options
 */
export function holdHtmlForCsp(req, res, options) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  /** @type {'hold' | 'pass' | undefined} */
  let mode;
  /** @type {Buffer[]} */
  let chunks = [];
  let held = 0;

  const restore = () => Object.assign(res, original);

  /** Decides, once, when the status and headers are known: hold an HTML page, pass the rest. */
  const decide = () => {
    if (mode) return mode;
    options.beforeHeaders?.(res);
    // A 304 keeps the policy the browser stored with the page (it names that page's hashes).
    if (res.statusCode === 304) res.removeHeader('content-security-policy');
    const type = String(res.getHeader('content-type') ?? '').toLowerCase();
    const hasBody = req.method !== 'HEAD' && res.statusCode !== 204 && res.statusCode !== 304;
    mode = hasBody && type.startsWith('text/html') ? 'hold' : 'pass';
    if (mode === 'pass') restore();
    return mode;
  };

  /** Sends what was held, with the policy naming its inline scripts' hashes. */
  const release = (/** @type {boolean} */ complete) => {
    const body = Buffer.concat(chunks);
    chunks = [];
    restore();
    if (complete) {
      const { hashes, refused, sample } = options.hashScripts(body.toString('utf8'));
      if (refused > 0) options.onRefusedScripts?.(req.url ?? '', refused, sample);
      res.setHeader('content-security-policy', withScriptSources(String(res.getHeader('content-security-policy') ?? ''), hashes));
      options.onComplete?.(res, body);
    } else {
      res.setHeader('content-security-policy', withScriptSources(String(res.getHeader('content-security-policy') ?? ''), []));
    }
    return body;
  };

  /** @param {any} chunk @param {any} [encoding] */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : Buffer.from(chunk);
    chunks.push(buffer);
    held += buffer.length;
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
    if (held > HOLD_LIMIT_BYTES) {
      const body = release(false);
      return original.write.call(res, body, callback);
    }
    if (callback) process.nextTick(callback);
    return true;
  };

  /** @type {any} */ (res).end = function end(/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
    if (typeof chunk === 'function') [callback, chunk, encoding] = [chunk, undefined, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (decide() === 'pass') return original.end.call(res, chunk, encoding, callback);
    keep(chunk, encoding);
    return original.end.call(res, release(true), callback);
  };
}

/**
 * The policy with `script-src` naming this site and the given hashes (and the same for
 * `script-src-attr`: no inline event handlers at all).
 * @param {string} policy
 * @param {string[]} hashes
 */
export function withScriptSources(policy, hashes) {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^script-src(-attr|-elem)?\s/i.test(`${directive} `));
  directives.push(["script-src 'self'", ...hashes].join(' '), "script-src-attr 'none'");
  return directives.join('; ');
}
