import 'server-only';

// Set by the portal's own server (enableWarmRequests in lib/server/request-context.mjs).
const WARM_KEY = Symbol.for('phuoc-hung.warm-requests');
type WarmRequests = { origin: string; header: string; token: string };

/** A page still not rendered after this long is left to its first reader. */
const WARM_TIMEOUT_MS = 5000;

/**
 * Asks the portal's server for `paths` right away, ahead of readers, so that a page an editor
 * has just changed is rendered once and kept (lib/server/front-cache.mjs) before the readers
 * who ask for it meanwhile, who wait for that render instead of queueing behind other
 * readers' requests. Call it after the revalidation has taken effect (in `after`). Does
 * nothing without the portal's server (`next dev`, unit tests); a failure only means the
 * first reader renders the page, as without this.
 */
export async function warmPages(paths: readonly string[]): Promise<void> {
  const warm = (globalThis as Record<symbol, WarmRequests | undefined>)[WARM_KEY];
  if (!warm) return;
  await Promise.all(
    paths.map(async (path) => {
      try {
        const response = await fetch(`${warm.origin}${path}`, {
          headers: { [warm.header]: warm.token, 'accept-encoding': 'identity' },
          cache: 'no-store',
          signal: AbortSignal.timeout(WARM_TIMEOUT_MS),
        });
        await response.arrayBuffer();
      } catch (error) {
        console.warn(`[cache] rendering ${path} ahead of readers failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
}
