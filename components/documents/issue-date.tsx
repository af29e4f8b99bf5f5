import { formatDate, toSiteIsoString } from '@/lib/text/format-date';

/** A day shown as "12/03/2026" (the ward's time zone), machine-readable in `datetime`. */
export function IssueDate({ date }: { date: Date }) {
  return <time dateTime={toSiteIsoString(date).slice(0, 10)}>{formatDate(date)}</time>;
}
