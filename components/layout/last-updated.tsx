import { DateTime } from '@/components/ui/date-time';

/** "Cập nhật lần cuối: 30/06/2023 - 10:23", shown on every section page (Nghị định 42/2022/NĐ-CP). */
export function LastUpdated({ date, lang = 'vi' }: { date: Date | null; lang?: 'vi' | 'en' }) {
  if (!date) return null;
  return (
    <p className="mt-8 border-t border-gray-200 pt-3 text-sm text-gray-700">
      {lang === 'en' ? 'Last updated: ' : 'Cập nhật lần cuối: '}
      <DateTime date={date} />
    </p>
  );
}
