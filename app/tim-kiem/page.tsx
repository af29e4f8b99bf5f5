import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SearchForm } from '@/components/layout/search-form';
import { SearchResults } from '@/components/search/search-results';
import { SEARCH_PAGE_PATH } from '@/lib/cache/article-paths';
import { searchPublishedArticles } from '@/lib/data/search';
import { declareFrontCacheable } from '@/lib/server/page-entry-notes.mjs';
import { parseSearchPage } from '@/lib/search/search-articles';
import { pageMetadata } from '@/lib/seo/page-metadata';

// Rendered for each query (it reads the query string); the articles it links to stay static.
// The same for every reader: the portal's server keeps each results page in memory until an
// article changes (revalidatePath(SEARCH_PAGE_PATH) in every article change), a minute at most.
const KEEP_RESULTS_SECONDS = 60;
type Props = { searchParams: Promise<{ q?: string | string[]; trang?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = first((await searchParams).q).trim().slice(0, 200);
  return pageMetadata({
    title: query ? `Tìm kiếm: ${query}` : 'Tìm kiếm',
    description: 'Tìm bài viết, tin tức và thông báo của Phường Phước Hưng, có dấu hay không dấu.',
    path: '/tim-kiem',
    // result pages are not content of their own: crawlers follow their links only
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = first(params.q);
  const results = await searchPublishedArticles(query, parseSearchPage(first(params.trang)));
  declareFrontCacheable([SEARCH_PAGE_PATH], KEEP_RESULTS_SECONDS);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/tim-kiem', label: 'Tìm kiếm' },
        ]}
      />
      <h1 className="mt-4 text-2xl font-bold text-brand-900">Tìm kiếm</h1>
      <div className="mt-4 max-w-xl">
        <SearchForm id="tim-kiem-trang" label="Tìm kiếm bài viết" defaultValue={results.query} variant="page" />
      </div>
      <SearchResults results={results} />
    </>
  );
}
