import { TASK_KEY_HEADER, taskKey } from './task-key';

/** Where this server can reach itself; PORTAL_INTERNAL_ORIGIN overrides when it listens on one interface only. */
export function internalOrigin(): string {
  return (process.env.PORTAL_INTERNAL_ORIGIN?.trim() || `http://127.0.0.1:${process.env.PORT || '3000'}`).replace(/\/+$/, '');
}

/**
 * Asks this server to publish the scheduled articles whose time has come. It goes through
 * a route handler rather than calling publishDueArticles() directly because refreshing
 * cached pages (revalidatePath) only works inside a request; a timer or a page render
 * cannot do it. Returns how many articles were published; never throws.
 */
export async function requestDuePublishing(options: { housekeeping?: boolean } = {}): Promise<number> {
  try {
    const url = `${internalOrigin()}/api/internal/scheduled-publishing${options.housekeeping ? '?housekeeping=1' : ''}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { [TASK_KEY_HEADER]: taskKey() },
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) {
      console.error(`[scheduled-publishing] ${url} answered ${response.status}`);
      return 0;
    }
    const { published } = (await response.json()) as { published: number };
    return published;
  } catch (error) {
    console.error('[scheduled-publishing] request failed', error);
    return 0;
  }
}
