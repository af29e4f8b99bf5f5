/** REDIS_URL: set when several portal instances share a cache, counters and locks. */
export function redisUrl(): string | null {
  return process.env.REDIS_URL?.trim() || null;
}

/**
 * Every key the portal writes to Redis starts with REDIS_PREFIX (default "portal:"), so that
 * several portals, or several test runs, can share one Redis server.
 */
export function redisPrefix(): string {
  return process.env.REDIS_PREFIX?.trim() || 'portal:';
}
