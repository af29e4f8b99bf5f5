// @ts-check
// How many readers' requests Next.js works on at once. Node.js serves every request on one
// thread: when hundreds are inside Next.js together, each step of each one (a database read,
// a render) waits behind a step of every other, so an editor's publish (dozens of steps) took
// tens of seconds under load and the page it changed came out seconds late. Here readers'
// requests beyond `concurrency` wait in line before Next.js, where waiting costs nothing, and
//  - the editor's area, its uploads and the sign-in (EDITOR_PATHS), anything a signed-in
//    editor asks for, and the build's static files never wait in line, nor do the server's
//    own requests rendering a page an editor just changed (`isPriority`); while one of those
//    runs, no reader's request starts (for PRIORITY_PAUSE_LIMIT_MS at most): the changed page
//    gets the CPU, and comes out in a few hundred milliseconds rather than up to a second
//    and more under load;
//  - pages (GET, HEAD, search results included) go before other requests (votes, API calls,
//    forms), three times in four, so that a page just changed is rendered ahead of the votes
//    queued before it, and votes still move.
// Whoever arrives while others wait goes to the back of their line, even if a place is free.
// Pages already in the front cache (lib/server/front-cache.mjs) are answered before this.
// A request leaves its place once its response headers go out (the work is done, a download
// may then stream for long), when it ends, or after HOLD_LIMIT_MS at the latest.

/** Paths served ahead of any reader (prefixes). */
export const EDITOR_PATHS = ['/quan-tri', '/api/quan-tri/', '/api/auth/', '/dang-nhap'];
/** Every this many starts, one goes to a request other than a page if one waits. */
export const OTHERS_EVERY = 4;
/** A request that keeps its place longer stops counting (it goes on, others may start). */
export const HOLD_LIMIT_MS = 30_000;
/** Readers' requests start again after this long even if a priority render is still running. */
export const PRIORITY_PAUSE_LIMIT_MS = 1_500;

/** @param {string} url */
function pathOf(url) {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * 'editor' (never waits), 'page' (first in line) or 'other'.
 * @param {import('node:http').IncomingMessage} req
 * @returns {'editor' | 'page' | 'other'}
 */
export function requestClass(req) {
  const path = pathOf(req.url ?? '/');
  // files of the build (scripts, styles, fonts) cost nothing to send and every page needs them
  if (path.startsWith('/_next/static/')) return 'editor';
  // a signed-in editor's page loads (a forged cookie only skips the line, it opens nothing)
  if (req.headers.cookie?.includes('next-auth.session-token=')) return 'editor';
  if (EDITOR_PATHS.some((prefix) => path === prefix || path === prefix.replace(/\/$/, '') || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) return 'editor';
  const isRead = req.method === 'GET' || req.method === 'HEAD';
  if (isRead && !path.startsWith('/api/')) return 'page';
  return 'other';
}

/**
 * @param {{ concurrency: number, holdLimitMs?: number, priorityPauseLimitMs?: number, isPriority?: (req: import('node:http').IncomingMessage) => boolean }} options
 */
export function createAdmission({ concurrency, holdLimitMs = HOLD_LIMIT_MS, priorityPauseLimitMs = PRIORITY_PAUSE_LIMIT_MS, isPriority = () => false }) {
  let active = 0;
  // Priority renders under way, each counted until it ends or PRIORITY_PAUSE_LIMIT_MS passes.
  let priority = 0;
  /** @type {(() => void)[]} */
  const pages = [];
  /** @type {(() => void)[]} */
  const others = [];
  const stats = { admitted: 0, waited: 0, longestQueue: 0 };

  // Pages go first, but not always: one start in OTHERS_EVERY goes to the other line, so that
  // votes under a flood of page renders are slowed, never starved.
  let starts = 0;
  const startNext = () => {
    while (active < concurrency && priority === 0) {
      const othersTurn = ++starts % OTHERS_EVERY === 0;
      const start = (othersTurn ? others.shift() : undefined) ?? pages.shift() ?? others.shift();
      if (!start) return;
      start();
    }
  };
  // The next request starts on a later turn of the event loop, never straight from the end of
  // the last one: with SQLite every query answers at once, so a request can run from start to
  // end in promise callbacks, and starting the next one from there would keep the event loop
  // from reading sockets (the editor's requests included) until the whole line had been served.
  let startPending = false;
  const startNextLater = () => {
    if (startPending) return;
    startPending = true;
    setImmediate(() => {
      startPending = false;
      startNext();
    });
  };

  return {
    stats,
    get waiting() {
      return pages.length + others.length;
    },
    get active() {
      return active;
    },

    /**
     * Calls `handle` now or when its turn comes.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {() => void} handle
     */
    admit(req, res, handle) {
      if (isPriority(req)) {
        priority++;
        let ended = false;
        const end = () => {
          if (ended) return;
          ended = true;
          clearTimeout(pauseTimer);
          priority--;
          startNextLater();
        };
        const pauseTimer = setTimeout(end, priorityPauseLimitMs);
        pauseTimer.unref();
        res.once('finish', end);
        res.once('close', end);
        return handle();
      }
      const kind = requestClass(req);
      if (kind === 'editor') return handle();
      let started = false;
      let released = false;
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const release = () => {
        if (released || !started) return;
        released = true;
        clearTimeout(timer);
        active--;
        startNextLater();
      };
      const start = () => {
        if (res.destroyed || res.writableEnded) return; // the client left while waiting
        started = true;
        active++;
        stats.admitted++;
        timer = setTimeout(release, holdLimitMs);
        timer.unref();
        handle();
      };
      const originalWriteHead = res.writeHead;
      /** @type {any} */ (res).writeHead = function writeHead(/** @type {any[]} */ ...args) {
        res.writeHead = originalWriteHead;
        const result = originalWriteHead.apply(res, /** @type {any} */ (args));
        release();
        return result;
      };
      res.once('finish', release);
      res.once('close', release);
      // Nobody overtakes those in line: a request arriving while a place is free, but before the
      // turn that gives that place to the head of the line, waits its turn too. (It took it
      // before: under load most requests were answered at once and those already waiting
      // waited for many seconds.)
      if (active < concurrency && priority === 0 && pages.length === 0 && others.length === 0) return start();
      stats.waited++;
      (kind === 'page' ? pages : others).push(start);
      stats.longestQueue = Math.max(stats.longestQueue, pages.length + others.length);
      startNextLater();
    },
  };
}

/** @typedef {ReturnType<typeof createAdmission>} Admission */
