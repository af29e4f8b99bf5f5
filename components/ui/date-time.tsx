import { formatDateTime, toSiteIsoString } from '@/lib/text/format-date';

/** A date shown as "30/06/2023 - 10:23" (Asia/Ho_Chi_Minh), machine-readable in `datetime`. */
export function DateTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={toSiteIsoString(date)} className={className}>
      {formatDateTime(date)}
    </time>
  );
}
