import type { Redis } from 'ioredis';
import type { RatingSummary } from './rating-summary';

/**
 * A short-lived cache of articles' rating summaries: every article page asks for its summary
 * when it loads, so anonymous readers are answered from the cache, at most one database query
 * per article per `ttlMs`, however many readers.
 *
 * - Without Redis (the embedded default: one process) it is a map in memory, and a vote
 *   handled by this process stores the summary it produced, so the next reader sees it at once.
 * - With Redis (several instances) it lives in Redis, so that one query serves every instance
 *   and a vote through any instance reaches all of them: the vote bumps the article's
 *   generation counter once it has committed, and an entry counts only while it carries the
 *   current generation. A reader stores what it read from the database only if the generation
 *   is still the one it saw before reading, so a read that raced with a vote can never bring
 *   back the old figures. Once `changed()` has returned, no instance answers with a summary
 *   from before the vote. Should Redis fail, readers fall back to the database.
 */
export type RatingSummaryCache = {
  /** A hit, or a miss with the token to hand to `store` with what the database says. */
  read: (articleId: string) => Promise<{ hit: RatingSummary } | { miss: CacheToken }>;
  store: (articleId: string, summary: RatingSummary, token: CacheToken) => Promise<void>;
  /** After a committed change of the article's ratings: `summary` is what it produced, null if unknown (a reset). */
  changed: (articleId: string, summary: RatingSummary | null) => Promise<void>;
  /** The article is gone or not published: drop what is kept locally. */
  forget: (articleId: string) => void;
};

/** What a reader saw before going to the database (the generation, with Redis). */
export type CacheToken = string | null;

const MAX_LOCAL_ENTRIES = 5000;

export function createLocalSummaryCache(ttlMs: number, now: () => number = Date.now): RatingSummaryCache {
  const entries = new Map<string, { summary: RatingSummary; expiresAt: number }>();
  const remember = (articleId: string, summary: RatingSummary) => {
    if (entries.size >= MAX_LOCAL_ENTRIES) entries.clear();
    entries.set(articleId, { summary, expiresAt: now() + ttlMs });
  };
  return {
    async read(articleId) {
      const entry = entries.get(articleId);
      return entry && entry.expiresAt > now() ? { hit: entry.summary } : { miss: null };
    },
    async store(articleId, summary) {
      remember(articleId, summary);
    },
    async changed(articleId, summary) {
      if (summary) remember(articleId, summary);
      else entries.delete(articleId);
    },
    forget(articleId) {
      entries.delete(articleId);
    },
  };
}

/** A generation counter outlives any entry by far; it only needs to outlast the entries it guards. */
const GENERATION_TTL_MS = 24 * 60 * 60 * 1000;

// Stores the summary only while the article's generation is still the one the reader saw.
const STORE_IF_GENERATION =
  "if (redis.call('get', KEYS[1]) or '0') == ARGV[1] then redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3]) return 1 else return 0 end";

export function createRedisSummaryCache(redis: Redis, keyOf: (...parts: string[]) => string, ttlMs: number): RatingSummaryCache {
  const generationKey = (articleId: string) => keyOf('rating-summary', 'generation', articleId);
  const entryKey = (articleId: string) => keyOf('rating-summary', 'entry', articleId);
  return {
    async read(articleId) {
      // Unreachable Redis: straight to the database rather than waiting for its timeout.
      if (redis.status !== 'ready') return { miss: null };
      try {
        const [generation, entry] = await redis.mget(generationKey(articleId), entryKey(articleId));
        const current = generation ?? '0';
        if (entry) {
          const cached = JSON.parse(entry) as { generation: string; count: number; sum: number };
          if (cached.generation === current) return { hit: { count: cached.count, sum: cached.sum } };
        }
        return { miss: current };
      } catch (error) {
        console.error(`[ratings] reading the cached summary of ${articleId} from Redis failed: ${(error as Error).message}`);
        return { miss: null };
      }
    },
    async store(articleId, summary, token) {
      if (token === null || redis.status !== 'ready') return;
      try {
        const entry = JSON.stringify({ generation: token, count: summary.count, sum: summary.sum });
        await redis.eval(STORE_IF_GENERATION, 2, generationKey(articleId), entryKey(articleId), token, entry, ttlMs);
      } catch (error) {
        console.error(`[ratings] caching the summary of ${articleId} in Redis failed: ${(error as Error).message}`);
      }
    },
    async changed(articleId) {
      // The summary a vote produced is not stored: two votes finishing in the other order
      // would leave the older one. The next reader reads the database once for everybody.
      try {
        await redis.multi().incr(generationKey(articleId)).pexpire(generationKey(articleId), GENERATION_TTL_MS).exec();
      } catch (error) {
        // Entries expire after ttlMs: the other instances catch up within that.
        console.error(`[ratings] invalidating the cached summary of ${articleId} in Redis failed: ${(error as Error).message}`);
      }
    },
    forget() {},
  };
}
