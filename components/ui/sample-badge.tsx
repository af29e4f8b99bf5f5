/** Marks content that is a shipped placeholder, not official information. */
export function SampleBadge({ lang = 'vi' }: { lang?: 'vi' | 'en' }) {
  return (
    <span className="ml-2 inline-block rounded bg-amber-200 px-1.5 text-xs font-bold text-amber-950">
      {lang === 'en' ? 'Sample data' : 'Dữ liệu mẫu'}
    </span>
  );
}
