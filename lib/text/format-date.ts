/** All dates readers see are in the ward's time zone, whatever the server's own. */
export const SITE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type DateParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

function siteParts(date: Date): DateParts {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]));
  return parts as DateParts;
}

/** "30/06/2023 - 10:23", the way the portal shows an article's date and time. */
export function formatDateTime(date: Date): string {
  const p = siteParts(date);
  return `${p.day}/${p.month}/${p.year} - ${p.hour}:${p.minute}`;
}

/** "30/06/2023". */
export function formatDate(date: Date): string {
  const p = siteParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** ISO 8601 with the ward's +07:00 offset, e.g. "2023-06-30T10:23:00+07:00" (for <time datetime> and structured data). */
export function toSiteIsoString(date: Date): string {
  const p = siteParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`;
}

/**
 * The instant of a wall-clock time in the ward ("2023-06-30", "10:23").
 * Vietnam has had no daylight saving time since 1975, so the offset is always +07:00.
 */
export function siteLocalToDate(isoDate: string, time = '00:00'): Date {
  const date = new Date(`${isoDate}T${time.length === 5 ? `${time}:00` : time}+07:00`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid site-local date: ${isoDate} ${time}`);
  return date;
}
