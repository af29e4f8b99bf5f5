import 'server-only';
import { after } from 'next/server';
import { currentRequestContext } from '@/lib/server/current-request-context';
import { outsideRequest } from '@/lib/server/outside-request';

// Set by the portal's own server (enableWarmRequests in lib/server/request-context.mjs).
const WARM_KEY = Symbol.for('phuoc-hung.warm-requests');
type WarmRequests = {
  origin: string;
  header: string;
  token: string;
  /** told the paths before they are asked for; returns how to give up on one */
  expect?: (paths: readonly string[]) => (path: string) => void;
};

/** Long enough for the clock to leave the revalidation's millisecond. */
const REVALIDATION_CLOCK_MS = 2;
/** A page still not rendered after this long is left to its first reader. */
const WARM_TIMEOUT_MS = 5000;

/**
 * Has the portal's server render `paths` ahead of readers, and keep them
 * (lib/server/front-cache.mjs), as soon as the current server action's revalidations have
 * taken effect: the disk cache handler says when (lib/cache/file-cache-handler.mjs), while
 * Next.js still renders the action's answer; otherwise once the answer is out (`after`). Call
 * it from the action, after the write has committed. The server is told at once: from when
 * the pages are out of date, readers asking for them wait for that one render (a few hundred
 * milliseconds) instead of rendering them in their turn behind other readers' requests,
 * which under load took a second and more. Does nothing without the portal's server
 * (`next dev`, unit tests); a failure only means the first reader renders the page.
 */
export function warmPages(paths: readonly string[]): void {
  const warm = (globalThis as Record<symbol, WarmRequests | undefined>)[WARM_KEY];
  if (!warm) return;
  const giveUp = warm.expect?.(paths);
  let asked: Promise<unknown> | undefined;
  // outside the action's asynchronous context: these are requests of their own
  const ask = () => (asked ??= outsideRequest(() => Promise.all(paths.map((path) => warmPage(warm, path, giveUp)))));
  const context = currentRequestContext();
  // A render begun in the revalidation's millisecond counts as overlapping it and is not kept
  // (lib/cache/file-cache-handler.mjs, revalidatedDuringRender): start in a later one.
  if (context) (context.afterRevalidation ??= []).push(() => outsideRequest(() => setTimeout(ask, REVALIDATION_CLOCK_MS)));
  after(ask);
}

async function warmPage(warm: WarmRequests, path: string, giveUp: ((path: string) => void) | undefined): Promise<void> {
  try {
    const response = await fetch(`${warm.origin}${path}`, {
      headers: { [warm.header]: warm.token, 'accept-encoding': 'identity' },
      cache: 'no-store',
      signal: AbortSignal.timeout(WARM_TIMEOUT_MS),
    });
    await response.arrayBuffer();
  } catch (error) {
    giveUp?.(path);
    console.warn(`[cache] rendering ${path} ahead of readers failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
