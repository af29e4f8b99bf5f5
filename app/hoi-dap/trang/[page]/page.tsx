import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { parseQuestionPage, QUESTIONS_TITLE, QuestionListing } from '@/components/questions/question-listing';
import { QUESTIONS_PATH, questionPageHref } from '@/lib/questions/question-pages';
import { pageMetadata } from '@/lib/seo/page-metadata';

// Later pages render on their first request and stay cached (ISR), refreshed on demand.
export const revalidate = 3600;
export const dynamicParams = true;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parseQuestionPage((await params).page);
  if (!page) return { title: 'Không tìm thấy trang' };
  return pageMetadata({
    title: `${QUESTIONS_TITLE} – Trang ${page}`,
    description: `Câu hỏi của người dân và câu trả lời của Ủy ban nhân dân Phường Phước Hưng, trang ${page}.`,
    path: questionPageHref(page),
  });
}

export default async function QuestionsNumberedPage({ params }: Props) {
  const page = parseQuestionPage((await params).page);
  if (!page) notFound();
  if (page === 1) permanentRedirect(QUESTIONS_PATH);
  return <QuestionListing page={page} />;
}
