import Link from 'next/link';
import type { StaleArea } from '@/lib/sections/staleness';
import { formatDate } from '@/lib/text/format-date';

/**
 * "Mục lâu chưa cập nhật": the sections and categories of the portal nobody has changed for
 * more than `staleAfterDays` days, each with links to read it and to update it. Nothing when
 * everything is recent.
 */
export function StaleSectionsPanel({ areas, staleAfterDays, canChangeSetting }: { areas: StaleArea[]; staleAfterDays: number; canChangeSetting: boolean }) {
  if (areas.length === 0) return null;
  return (
    <section aria-labelledby="muc-lau-chua-cap-nhat" className="notice notice-warning mt-4">
      <h2 id="muc-lau-chua-cap-nhat" className="font-bold">
        Mục lâu chưa cập nhật
      </h2>
      <p className="mt-1 text-sm">
        Các mục dưới đây không có thay đổi nào trong hơn {staleAfterDays} ngày. Thông tin trên trang cần được cập nhật kịp thời.
        {canChangeSetting ? (
          <>
            {' '}
            Đổi số ngày ở{' '}
            <Link href="/quan-tri/thong-tin-trang" className="underline">
              Thông tin trang
            </Link>
            .
          </>
        ) : null}
      </p>
      <ul aria-label="Mục lâu chưa cập nhật" className="mt-2 divide-y divide-amber-300">
        {areas.map((area) => (
          <li key={area.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
            <p>
              <span className="font-bold">{area.label}</span>
              {' – '}
              {area.lastUpdated === null || area.daysAgo === null
                ? 'chưa cập nhật lần nào'
                : `cập nhật lần cuối ${area.daysAgo} ngày trước (${formatDate(area.lastUpdated)})`}
            </p>
            <p className="flex flex-wrap gap-2">
              <Link href={area.publicPath} prefetch={false} className="btn btn-secondary btn-small">
                Xem trang<span className="sr-only"> {area.label}</span>
              </Link>
              {area.editorPath ? (
                <Link href={area.editorPath} className="btn btn-secondary btn-small">
                  Cập nhật<span className="sr-only"> {area.label}</span>
                </Link>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
