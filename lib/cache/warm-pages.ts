import 'server-only';
import { after } from 'next/server';

// Set by the portal's own server (enableWarmRequests in lib/server/request-context.mjs).
const WARM_KEY = Symbol.for('phuoc-hung.warm-requests');
type WarmRequests = {
  origin: string;
  header: string;
  token: string;
  /** told the paths before they are asked for; returns how to give up on one */
  expect?: (paths: readonly string[]) => (path: string) => void;
};

/** A page still not rendered after this long is left to its first reader. */
const WARM_TIMEOUT_MS = 5000;

/**
 * Has the portal's server render `paths` once the current server action has answered (its
 * revalidations have then taken effect), ahead of readers, and keep them
 * (lib/server/front-cache.mjs). Call it from the action, after the write has committed: the
 * server is told at once, and from then on readers asking for these pages wait for that one
 * render (a few hundred milliseconds) instead of rendering them in their turn behind other
 * readers' requests, which under load took a second and more. Does nothing without the
 * portal's server (`next dev`, unit tests); a failure only means the first reader renders
 * the page, as without this.
 */
export function warmPages(paths: readonly string[]): void {
  const warm = (globalThis as Record<symbol, WarmRequests | undefined>)[WARM_KEY];
  if (!warm) return;
  const giveUp = warm.expect?.(paths);
  after(() => Promise.all(paths.map((path) => warmPage(warm, path, giveUp))));
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
