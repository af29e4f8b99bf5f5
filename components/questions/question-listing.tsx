import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { LastUpdated } from '@/components/layout/last-updated';
import { JsonLd } from '@/components/seo/json-ld';
import { Pagination } from '@/components/ui/pagination';
import { getPublishedQuestionPage } from '@/lib/data/questions';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { getSiteSettings } from '@/lib/data/site-settings';
import { QUESTION_FORM_ANCHOR, QUESTIONS_PATH, questionPageHref } from '@/lib/questions/question-pages';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';
import { QuestionForm } from './question-form';
import { QuestionList } from './question-list';
import { QuestionSearchForm } from './question-search-form';

export const QUESTIONS_TITLE = 'Hỏi đáp';

/** Parses a page number from the URL; anything but a whole number ≥ 1 is not a page. */
export function parseQuestionPage(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/**
 * "Hỏi đáp" at one page: the published questions and answers, newest answer first, with the
 * search and, on the first page, the form to send a question or a comment on a draft.
 */
export async function QuestionListing({ page }: { page: number }) {
  const [listing, settings, lastUpdated] = await Promise.all([getPublishedQuestionPage(page), getSiteSettings(), getSectionLastUpdated('hoi-dap')]);
  if (page > listing.totalPages) notFound();
  const firstPage = page === 1;
  const crumbs = [
    { href: '/', label: 'Trang chủ' },
    { href: questionPageHref(page), label: firstPage ? QUESTIONS_TITLE : `${QUESTIONS_TITLE} – Trang ${page}` },
  ];
  const formHref = firstPage ? `#${QUESTION_FORM_ANCHOR}` : `${QUESTIONS_PATH}#${QUESTION_FORM_ANCHOR}`;

  return (
    <>
      <JsonLd data={breadcrumbList(crumbs.map((crumb) => ({ name: crumb.label, url: `${siteUrl()}${crumb.href}` })))} />
      <Breadcrumbs items={crumbs} />
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{QUESTIONS_TITLE}</h1>
      <div className="mt-2 max-w-3xl space-y-2 text-gray-800">
        <p>
          Người dân, tổ chức gửi câu hỏi về thủ tục, chính sách của phường và góp ý các dự thảo văn bản. Câu hỏi được công khai
          cùng câu trả lời của {settings.officeName.value}; thông tin liên hệ của người hỏi không bao giờ được công khai.
        </p>
        <p>
          <Link href={formHref} className="font-bold text-link underline underline-offset-2">
            Gửi câu hỏi hoặc góp ý
          </Link>
        </p>
      </div>
      <div className="mt-4 max-w-xl">
        <QuestionSearchForm />
      </div>

      <section aria-labelledby="cau-hoi-da-tra-loi" className="mt-8">
        <h2 id="cau-hoi-da-tra-loi" className="text-xl font-bold text-brand-900">
          Câu hỏi đã được trả lời
        </h2>
        {listing.totalPages > 1 ? (
          <p className="mt-1 text-sm text-gray-700">
            Trang {listing.page}/{listing.totalPages} · {listing.total} câu hỏi
          </p>
        ) : null}
        <QuestionList questions={listing.questions} answeredBy={settings.officeName.value} emptyText="Chưa có câu hỏi nào được trả lời." />
        <Pagination page={listing.page} totalPages={listing.totalPages} hrefFor={questionPageHref} />
      </section>

      {firstPage ? (
        <section id={QUESTION_FORM_ANCHOR} aria-labelledby={`${QUESTION_FORM_ANCHOR}-tieu-de`} className="mt-10 max-w-3xl scroll-mt-4 rounded border border-gray-300 p-4 sm:p-6">
          <h2 id={`${QUESTION_FORM_ANCHOR}-tieu-de`} className="text-xl font-bold text-brand-900">
            Gửi câu hỏi hoặc góp ý
          </h2>
          <p className="mt-1 mb-4 text-gray-800">
            Câu hỏi và góp ý được cán bộ phường xem xét, trả lời, rồi mới công khai trên trang này. Những câu hỏi trùng lặp, không
            thuộc thẩm quyền của phường hoặc có lời lẽ không phù hợp có thể không được công khai.
          </p>
          <QuestionForm />
        </section>
      ) : null}

      <LastUpdated date={lastUpdated} />
    </>
  );
}
