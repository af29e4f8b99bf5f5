import { hasDueArticles } from '@/lib/articles/publish-due-articles';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { databaseUrl } from '@/lib/db/database-url';
import { requestDuePublishing } from './request-due-publishing';

/** How often the server looks for scheduled articles whose time has come. */
export const CHECK_INTERVAL_MS = 10_000;
/** How often abandoned empty drafts are cleared away. */
const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

type TimerState = { timer?: NodeJS.Timeout; running: boolean; lastHousekeeping: number };

/**
 * Publishes scheduled articles at their minute even when nobody visits: every few seconds
 * one cheap indexed query asks whether anything is due, and only then is the publishing
 * route called. The check uses its own database client, kept out of the query log that
 * proves cached pages never touch the database.
 *
 * Several instances may run this at once: publishDueArticles() publishes each article
 * exactly once whoever calls it, so a shared lock (Redis) would only save duplicate
 * checks. It would go around the body of `tick`.
 */
export function startScheduledPublishingTimer(): void {
  const state = ((globalThis as { portalScheduler?: TimerState }).portalScheduler ??= { running: false, lastHousekeeping: Date.now() });
  if (state.timer) return;
  let db: PrismaClient | undefined;

  const tick = async () => {
    if (state.running) return;
    state.running = true;
    try {
      db ??= createPrismaClient(databaseUrl(), { logQueries: false });
      const housekeeping = Date.now() - state.lastHousekeeping > HOUSEKEEPING_INTERVAL_MS;
      if (housekeeping) state.lastHousekeeping = Date.now();
      if (housekeeping || (await hasDueArticles(db))) await requestDuePublishing({ housekeeping });
    } catch (error) {
      console.error('[scheduled-publishing] check failed', error);
    } finally {
      state.running = false;
    }
  };

  state.timer = setInterval(tick, CHECK_INTERVAL_MS);
  // Never keep a stopping process alive for this.
  state.timer.unref();
}
