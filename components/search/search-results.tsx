import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import { Pagination } from '@/components/ui/pagination';
import type { ArticleSearchResults } from '@/lib/search/search-articles';
import { HighlightedText } from './highlighted-text';

export function searchPageHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('trang', String(page));
  return `/tim-kiem?${params.toString()}`;
}

/** One page of search results, or what to try when there are none. */
export function SearchResults({ results }: { results: ArticleSearchResults }) {
  if (results.terms.length === 0) {
    return (
      <p className="mt-6 text-gray-800">
        Nhập từ khóa để tìm bài viết theo tiêu đề, tóm tắt hoặc nội dung, có dấu hay không dấu đều được (ví dụ:
        “dân vận khéo” hoặc “dan van kheo”).
      </p>
    );
  }
  if (results.total === 0) {
    return (
      <div className="mt-6 rounded border border-gray-300 bg-gray-50 p-4 text-gray-800">
        <p className="font-bold">Không tìm thấy bài viết nào phù hợp với “{results.query}”.</p>
        <ul className="mt-2 list-disc pl-6">
          <li>Kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ: “dang uy” thay cho “Đảng ủy”).</li>
          <li>Dùng ít từ hơn, hoặc từ chung hơn: bài viết phải chứa mọi từ bạn nhập.</li>
          <li>
            Xem các bài viết mới trên <Link href="/" className="text-link underline underline-offset-2">trang chủ</Link> hoặc
            theo chuyên mục.
          </li>
        </ul>
      </div>
    );
  }
  const count = results.exact ? `${results.total}` : `hơn ${results.total}`;
  return (
    <>
      <p className="mt-4 text-sm text-gray-700">
        Tìm thấy {count} bài viết phù hợp với “{results.query}”
        {results.totalPages > 1 ? ` · Trang ${results.page}/${results.totalPages}` : ''}
      </p>
      {results.hits.length === 0 ? (
        <p className="mt-6 text-gray-800">Trang này không có kết quả. Vui lòng quay lại trang đầu.</p>
      ) : (
        <ol aria-label="Kết quả tìm kiếm" className="mt-2">
          {results.hits.map((hit) => (
            <li key={hit.id} className="border-b border-gray-200 py-4">
              <h2 className="text-lg font-bold leading-snug">
                <Link href={`/tin-tuc/${hit.slug}`} className="text-brand-900 hover:underline">
                  <HighlightedText segments={hit.titleSegments} />
                </Link>
              </h2>
              <p className="mt-1 text-sm text-gray-700">
                <DateTime date={hit.publishedAt} />
                <span aria-hidden="true"> · </span>
                {hit.category.name}
              </p>
              <p className="mt-2 text-gray-800">
                <HighlightedText segments={hit.passageSegments} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={results.page} totalPages={results.totalPages} hrefFor={(p) => searchPageHref(results.query, p)} />
    </>
  );
}
