import Link from 'next/link';

/** Page links for a paginated list; `hrefFor(1)` is the list's first page. */
export function Pagination({ page, totalPages, hrefFor }: { page: number; totalPages: number; hrefFor: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === totalPages || Math.abs(p - page) <= 2,
  );
  const linkClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-gray-300 px-3 hover:bg-gray-100';
  return (
    <nav aria-label="Phân trang" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
              Trang trước
            </Link>
          </li>
        ) : null}
        {pages.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - pages[index - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className={`${linkClass} border-brand-800 bg-brand-800 font-bold text-white`}>
                <span className="sr-only">Trang </span>
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} className={linkClass}>
                <span className="sr-only">Trang </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
              Trang sau
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
