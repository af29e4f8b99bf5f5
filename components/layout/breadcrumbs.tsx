import Link from 'next/link';

export type Breadcrumb = { href: string; label: string };

/** Where the page sits in the site: "Trang chủ › Tin tức – Sự kiện". The last item is the current page. */
export function Breadcrumbs({ items }: { items: Breadcrumb[] }) {
  return (
    <nav aria-label="Đường dẫn" className="text-sm text-gray-700">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={item.href} className={`flex items-center gap-1 ${isLast ? 'min-w-0 flex-1 basis-40' : ''}`}>
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {isLast ? (
                <span aria-current="page" className="line-clamp-1">
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="text-link underline underline-offset-2">
                  {item.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
