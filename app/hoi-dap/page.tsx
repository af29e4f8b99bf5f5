import type { Metadata } from 'next';
import { QUESTIONS_TITLE, QuestionListing } from '@/components/questions/question-listing';
import { QUESTIONS_PATH } from '@/lib/questions/question-pages';
import { pageMetadata } from '@/lib/seo/page-metadata';

// ISR, refreshed on demand when an editor publishes, changes or removes a question.
export const revalidate = 3600;

export const metadata: Metadata = pageMetadata({
  title: QUESTIONS_TITLE,
  description: 'Câu hỏi của người dân và câu trả lời của Ủy ban nhân dân Phường Phước Hưng; gửi câu hỏi hoặc góp ý dự thảo văn bản.',
  path: QUESTIONS_PATH,
});

export default function QuestionsPage() {
  return <QuestionListing page={1} />;
}
