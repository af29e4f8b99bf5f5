import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import {
  ARTICLE_CHANGE_LAYOUT_PATTERNS,
  ARTICLE_CHANGE_ROUTE_PATTERNS,
  articleChangePaths,
  type ArticleChange,
} from './article-paths';
import { createRefreshThrottle, type RefreshThrottle } from './refresh-throttle';
import { sectionChangePaths } from './section-paths';
import { warmPages } from './warm-pages';
import type { SectionKey } from '@/lib/domain/sections';

/**
 * The one place that knows which cached pages an article change touches. Every mutation of
 * an article (publish, edit, unpublish, trash, slug change, scheduled publish, rating
 * summary) calls this after its write has committed.
 */
export function revalidateArticleChange(change: ArticleChange): string[] {
  const paths = articleChangePaths(change);
  for (const path of paths) revalidatePath(path);
  for (const pattern of ARTICLE_CHANGE_ROUTE_PATTERNS) revalidatePath(pattern, 'page');
  for (const pattern of ARTICLE_CHANGE_LAYOUT_PATTERNS) revalidatePath(pattern, 'layout');
  // The article's page and the home page rendered ahead of readers, who may be many, as soon
  // as these revalidations take effect (Next.js applies them as the action ends).
  warmPages(['/', ...change.slugs.filter(Boolean).map((slug) => `/tin-tuc/${slug}`)]);
  return paths;
}

/**
 * After a change of a section's content (committed): its page, the sitemap, and `extraPaths`
 * (e.g. a document's own page). Sitemap files are refreshed by pattern, as for articles.
 */
export function revalidateSection(key: SectionKey, extraPaths: readonly string[] = []): string[] {
  const paths = sectionChangePaths(key, extraPaths);
  for (const path of paths) revalidatePath(path);
  for (const pattern of ARTICLE_CHANGE_LAYOUT_PATTERNS) revalidatePath(pattern, 'layout');
  return paths;
}

/** Site settings and categories appear in the layout of every page: refresh them all. */
export function revalidateWholeSite(): void {
  revalidatePath('/', 'layout');
}

/** How often, at most, a vote storm regenerates an article's cached page. */
export const RATING_REFRESH_INTERVAL_MS = 5000;

// One throttle per process, kept on globalThis: the vote route handler and the server action
// are bundled separately and must share it. With several instances each throttles the votes
// it took, and that is enough: revalidatePath goes through the shared page cache (Redis
// tags), so an instance's refresh sends every instance back to the database, and every vote,
// whichever instance took it, is on every instance's page within RATING_REFRESH_INTERVAL_MS
// plus one regeneration. The cost is at most one regeneration per interval per instance
// that took votes. (The exact figures never wait for it: see lib/data/ratings.ts.)
const globalForThrottle = globalThis as unknown as { ratingRefreshThrottle?: RefreshThrottle };
const ratingRefreshThrottle = (globalForThrottle.ratingRefreshThrottle ??= createRefreshThrottle(RATING_REFRESH_INTERVAL_MS));

/** While the database does not answer, a rating refresh is tried again this often… */
const RATING_REFRESH_RETRY_MS = 5000;
/** …for at most this long; then it is dropped (the next vote schedules another). */
const RATING_REFRESH_GIVE_UP_MS = 10 * 60 * 1000;

/**
 * After a vote: the rating summary is the only thing on the article page that changed, and only
 * that page shows it. Votes are frequent, so the page is regenerated at most every
 * RATING_REFRESH_INTERVAL_MS (a trailing refresh catches the last votes); readers see the
 * exact figures through the widget in the meantime. Runs after the response (`after`): the
 * voter never waits, and the vote's server action is not made to re-render the page.
 *
 * Expiring the page sends its next reader to the database. If the database has stopped
 * answering since the vote (a restart, an outage), the refresh waits for it: until then
 * readers keep the cached page, with figures a few votes old, rather than an error page.
 */
export function revalidateArticleRatings(slug: string, databaseAnswers: () => Promise<boolean>): void {
  const delay = ratingRefreshThrottle.schedule(slug, Date.now());
  if (delay === null) return;
  after(async () => {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const giveUpAt = Date.now() + RATING_REFRESH_GIVE_UP_MS;
    let answers = await databaseAnswers();
    while (!answers && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, RATING_REFRESH_RETRY_MS));
      answers = await databaseAnswers();
    }
    ratingRefreshThrottle.refreshing(slug, Date.now());
    if (answers) revalidatePath(`/tin-tuc/${slug}`);
  });
}

/** The article's own page, at once (e.g. after an editor reset its ratings). */
export function revalidateArticlePage(slug: string): void {
  revalidatePath(`/tin-tuc/${slug}`);
}
