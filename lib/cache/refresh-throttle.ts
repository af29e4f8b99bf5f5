/**
 * Coalesces refreshes of one key (an article) so that it is refreshed at most once per
 * `intervalMs`, however many changes arrive, and never left stale: the first change after a
 * quiet period refreshes at once; changes within the interval share one trailing refresh at
 * its end, which sees all of them.
 */
export type RefreshThrottle = {
  /**
   * Call after a change has been committed. Returns how many milliseconds to wait before
   * refreshing `key`, or null when a refresh is already scheduled (it runs after this change,
   * so it will include it).
   */
  schedule: (key: string, now: number) => number | null;
  /** Call right before the refresh itself; changes from here on schedule a new one. */
  refreshing: (key: string, now: number) => void;
};

type KeyState = { lastRefreshAt: number; scheduled: boolean };

const MAX_TRACKED_KEYS = 10_000;

export function createRefreshThrottle(intervalMs: number): RefreshThrottle {
  const keys = new Map<string, KeyState>();

  const forgetQuietKeys = (now: number) => {
    for (const [key, state] of keys) {
      if (!state.scheduled && now - state.lastRefreshAt >= intervalMs) keys.delete(key);
    }
  };

  return {
    schedule: (key, now) => {
      const state = keys.get(key);
      if (state?.scheduled) return null;
      if (!state && keys.size >= MAX_TRACKED_KEYS) forgetQuietKeys(now);
      const lastRefreshAt = state?.lastRefreshAt ?? Number.NEGATIVE_INFINITY;
      keys.set(key, { lastRefreshAt, scheduled: true });
      return Math.max(0, lastRefreshAt + intervalMs - now);
    },
    refreshing: (key, now) => {
      keys.set(key, { lastRefreshAt: now, scheduled: false });
    },
  };
}
