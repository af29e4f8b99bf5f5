const DAY_MS = 24 * 60 * 60 * 1000;
// Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975).
const SITE_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day (in the ward's time zone) a moment falls on, as a day count. */
function siteDayNumber(date: Date): number {
  return Math.floor((date.getTime() + SITE_OFFSET_MS) / DAY_MS);
}

/**
 * How many calendar days ago `then` was, as editors count them in Vietnam: 0 today, 1
 * yesterday (even if only minutes have passed since 23:59), never negative.
 */
export function daysAgo(then: Date, now: Date): number {
  return Math.max(0, siteDayNumber(now) - siteDayNumber(then));
}

/** A part of the site whose content editors keep up to date. */
export type ContentArea = {
  /** "section:lien-ket", "category:thong-bao" */
  id: string;
  label: string;
  /** where readers see it */
  publicPath: string;
  /** where editors change it, when the editor area has a page for it */
  editorPath: string | null;
  /** its last change, or null if it has never been updated */
  lastUpdated: Date | null;
};

export type StaleArea = ContentArea & { daysAgo: number | null };

/**
 * The areas not updated for more than `staleAfterDays` days, never-updated ones first, then
 * the longest-forgotten.
 */
export function findStaleAreas(areas: readonly ContentArea[], now: Date, staleAfterDays: number): StaleArea[] {
  return areas
    .map((area) => ({ ...area, daysAgo: area.lastUpdated ? daysAgo(area.lastUpdated, now) : null }))
    .filter((area) => area.daysAgo === null || area.daysAgo > staleAfterDays)
    .sort((a, b) => ageRank(b) - ageRank(a));
}

function ageRank(area: StaleArea): number {
  return area.daysAgo ?? Number.MAX_SAFE_INTEGER;
}
