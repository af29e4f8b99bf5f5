/**
 * A plain GET form to /tim-kiem: it works without JavaScript and adds none to the page.
 * `label` names the search landmark (each on a page needs its own name).
 */
export function SearchForm({
  id,
  label,
  defaultValue,
  variant = 'header',
}: {
  id: string;
  label: string;
  defaultValue?: string;
  variant?: 'header' | 'page';
}) {
  const onBrand = variant === 'header';
  return (
    <form role="search" aria-label={label} action="/tim-kiem" method="get" className="flex w-full min-w-0 gap-2">
      <label htmlFor={id} className="sr-only">
        Từ khóa tìm kiếm
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Tìm bài viết…"
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        className={`min-h-11 w-full min-w-0 flex-1 rounded border px-3 text-base text-ink placeholder:text-gray-600 ${
          onBrand ? 'border-white bg-white' : 'border-gray-500 bg-white'
        }`}
      />
      <button
        type="submit"
        className={`min-h-11 shrink-0 rounded px-4 font-bold ${
          onBrand ? 'border border-white bg-brand-900 text-white hover:bg-brand-700' : 'bg-brand-800 text-white hover:bg-brand-900'
        }`}
      >
        Tìm kiếm
      </button>
    </form>
  );
}
