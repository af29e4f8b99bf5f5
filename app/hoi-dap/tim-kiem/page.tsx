import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { QuestionList } from '@/components/questions/question-list';
import { parseQuestionPage, QUESTIONS_TITLE } from '@/components/questions/question-listing';
import { QuestionSearchForm } from '@/components/questions/question-search-form';
import { Pagination } from '@/components/ui/pagination';
import { searchPublishedQuestions } from '@/lib/data/questions';
import { getSiteSettings } from '@/lib/data/site-settings';
import { QUESTION_FORM_ANCHOR, QUESTION_SEARCH_PATH, QUESTIONS_PATH, questionSearchHref } from '@/lib/questions/question-pages';
import { pageMetadata } from '@/lib/seo/page-metadata';

// Rendered for each query (it reads the query string); /hoi-dap itself stays static.
type Props = { searchParams: Promise<{ q?: string | string[]; trang?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = first((await searchParams).q).trim().slice(0, 200);
  return pageMetadata({
    title: query ? `Tìm trong hỏi đáp: ${query}` : 'Tìm trong hỏi đáp',
    description: 'Tìm câu hỏi và câu trả lời trong mục Hỏi đáp của Phường Phước Hưng, có dấu hay không dấu.',
    path: QUESTION_SEARCH_PATH,
    // result pages are not content of their own: crawlers follow their links only
    noindex: true,
  });
}

export default async function QuestionSearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = Math.min(parseQuestionPage(first(params.trang)) ?? 1, 10_000);
  const [results, settings] = await Promise.all([searchPublishedQuestions(first(params.q), page), getSiteSettings()]);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: QUESTIONS_PATH, label: QUESTIONS_TITLE },
          { href: QUESTION_SEARCH_PATH, label: 'Tìm kiếm' },
        ]}
      />
      <h1 className="mt-4 text-2xl font-bold text-brand-900">Tìm trong hỏi đáp</h1>
      <div className="mt-4 max-w-xl">
        <QuestionSearchForm defaultValue={results.query} />
      </div>
      <p role="status" className="mt-4 text-gray-800">
        {results.terms.length === 0
          ? 'Nhập từ khóa để tìm câu hỏi và câu trả lời, có dấu hay không dấu đều được.'
          : results.total === 0
            ? `Không tìm thấy câu hỏi nào có “${results.query}”.`
            : `Tìm thấy ${results.total} câu hỏi có “${results.query}”.`}
      </p>
      <QuestionList
        questions={results.questions}
        answeredBy={settings.officeName.value}
        headingLevel="h2"
        terms={results.terms}
        emptyText={results.terms.length === 0 ? '' : 'Hãy thử từ khóa khác, ít từ hơn, hoặc gửi câu hỏi của bạn.'}
      />
      <Pagination page={results.page} totalPages={results.totalPages} hrefFor={(p) => questionSearchHref(results.query, p)} />
      <p className="mt-8">
        <Link href={QUESTIONS_PATH} className="text-link underline underline-offset-2">
          Xem tất cả câu hỏi
        </Link>{' '}
        ·{' '}
        <Link href={`${QUESTIONS_PATH}#${QUESTION_FORM_ANCHOR}`} className="text-link underline underline-offset-2">
          Gửi câu hỏi hoặc góp ý
        </Link>
      </p>
    </>
  );
}
