// @ts-check
// The portal's own HTTP server: serves the production build the way `next start` does, plus
//  - a Content-Security-Policy whose script-src names the hashes of each page's inline
//    scripts (lib/server/hold-html.mjs, lib/server/inline-scripts.mjs): no 'unsafe-inline',
//    and ISR pages stay cached (nonces would make every page dynamic);
//  - the HTTP status a refusing server action asks for (lib/server/request-context.mjs);
//  - X-Forwarded-For trusted only from the proxies in TRUSTED_PROXIES (default: loopback);
//  - finished public pages kept in memory and answered without Next.js until one of their
//    cache tags is revalidated (lib/server/front-cache.mjs; embedded disk cache only);
//  - at most ADMISSION_CONCURRENCY readers' requests inside Next.js at once, the editor's
//    ahead of any, pages ahead of votes and searches (lib/server/admission.mjs);
//  - compression (gzip/brotli), done here, after the page is complete (next.config.ts turns
//    Next.js's own off, since it would compress before the policy is known);
//  - a Vietnamese sentence in Next.js's own refusals, which have an English body or none, and
//    a 4xx for what it would answer with a server error (lib/server/bare-refusals.mjs).
// Usage: node scripts/serve.mjs [--port N] (or PORT; HOSTNAME to bind one address).
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import next from 'next';
import { APPLY_READING_PREFERENCES_SCRIPT } from '../lib/reading/apply-preferences-script.mjs';
import { clientErrorResponse, refusalBeforeNext, sendRefusal, translateBareRefusals } from '../lib/server/bare-refusals.mjs';
import { settleForwardedFor, trustedProxies } from '../lib/server/client-address.mjs';
import { createAdmission } from '../lib/server/admission.mjs';
import { createFrontCache } from '../lib/server/front-cache.mjs';
import { holdHtmlForCsp } from '../lib/server/hold-html.mjs';
import { createInlineScriptHasher } from '../lib/server/inline-scripts.mjs';
import { applyRequestedStatus, enableWarmRequests, runWithRequestContext } from '../lib/server/request-context.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } });
const port = Number(values.port || process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
process.env.NODE_ENV = 'production';

const dir = path.resolve(import.meta.dirname, '..');
const app = next({ dev: false, dir, port, hostname: hostname ?? 'localhost' });
await app.prepare();
const handle = app.getRequestHandler();

const hashScripts = createInlineScriptHasher({ exactScripts: [APPLY_READING_PREFERENCES_SCRIPT] });
const trusted = trustedProxies(process.env.TRUSTED_PROXIES);
const compress = compression();
// With REDIS_URL the revalidations of other instances do not pass through this process.
const frontCacheMegabytes = Number(process.env.FRONT_CACHE_MB ?? 32);
// this server's own address, for its requests to itself (lib/cache/warm-pages.ts), as the
// scheduler finds it (lib/scheduler/request-due-publishing.ts)
const ownHost = !hostname || hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
const { isWarmRequest, onExpected } = enableWarmRequests((process.env.PORTAL_INTERNAL_ORIGIN?.trim() || `http://${ownHost}:${port}`).replace(/\/+$/, ''));
const frontCache =
  process.env.REDIS_URL?.trim() || !(frontCacheMegabytes > 0) ? undefined : createFrontCache({ maxBytes: frontCacheMegabytes * 1024 * 1024, isWarmRequest });
// readers of a page an editor is changing wait for the server's render of it (lib/cache/warm-pages.ts)
if (frontCache) onExpected(frontCache.expectWarm);
const admission = createAdmission({ concurrency: Math.max(1, Number(process.env.ADMISSION_CONCURRENCY) || 6), isPriority: isWarmRequest });

const server = createServer((req, res) => {
  settleForwardedFor(req, trusted);
  // by its turn, another request may have had the page rendered and kept
  const proceed = () => admission.admit(req, res, () => frontCache?.serveStored(req, res) || answer(req, res));
  if (frontCache?.serve(req, res, proceed)) return;
  proceed();
});

/** Next.js's answer, with the policy, the status, the compression described above. */
function answer(/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) {
  compress(/** @type {any} */ (req), /** @type {any} */ (res), () => {
    const refusal = refusalBeforeNext(req.method, req.url);
    if (refusal) return sendRefusal(req, res, refusal);
    /** @type {import('../lib/server/request-context.mjs').RequestContext} */
    const context = { startedAt: Date.now() };
    runWithRequestContext(context, () => {
      // first, so that it sees the status the held HTML or a refusing action ends up with
      translateBareRefusals(req, res);
      holdHtmlForCsp(req, res, {
        hashScripts,
        beforeHeaders: (response) => applyRequestedStatus(req, response, context),
        onComplete: (response, body) => frontCache?.store(req, response, body, context.pageEntry),
        onRefusedScripts: (url, count, sample) => {
          const line = `[csp] ${url}: ${count} inline script(s) of an unknown shape left without a hash (the browser will refuse them): ${JSON.stringify(sample)}`;
          console.warn(line);
          // the end-to-end tests fail on any (e2e/support/csp-refusals.ts)
          if (process.env.CSP_REFUSALS_LOG) appendFileSync(process.env.CSP_REFUSALS_LOG, `${line}\n`);
        },
      });
      handle(req, res).catch((/** @type {unknown} */ error) => {
        console.error('[server] request failed', req.method, req.url, error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
        }
        res.end('Đã có lỗi xảy ra. Vui lòng thử lại sau.');
      });
    });
  });
}

// An idle keep-alive connection is closed by the side that waits less. Node.js's 5 s is less
// than nginx's 60 s for its upstream connections (deploy/nginx) and than most clients' pools:
// a request sent on a connection at the moment this server closes it is reset (seen in the
// end-to-end tests as ECONNRESET on a reader's poll; behind nginx a POST, a vote, would get a
// 502, since nginx does not send it again). So this server waits longer than they do.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

// A request Node.js cannot parse (an unknown method, a broken header) never reaches the handler.
server.on('clientError', (error, socket) => {
  if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
  socket.end(clientErrorResponse(error));
});

server.listen(port, hostname, () => {
  console.log(`▲ Cổng thông tin đang phục vụ tại http://${hostname ?? 'localhost'}:${port}`);
});

let closing = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Requests in flight finish; idle keep-alive connections close at once.
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
