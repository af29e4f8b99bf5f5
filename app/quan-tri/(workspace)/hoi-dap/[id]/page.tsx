import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuestionAnswerForm } from '@/components/editor/question-answer-form';
import { QuestionContact } from '@/components/editor/question-contact';
import { QuestionStatusBadge } from '@/components/editor/question-status-badge';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorQuestion } from '@/lib/data/questions-admin';
import { QUESTION_KIND_LABELS } from '@/lib/domain/questions';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Trả lời câu hỏi' };

type Props = { params: Promise<{ id: string }> };

/** One question: who sent it and how to reach them (editors only), and the answer being written. */
export default async function EditorQuestionPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/quan-tri/hoi-dap/${id}`);
  if (!hasPermission(user, 'questions:answer')) notFound();
  const question = await getEditorQuestion(id);
  if (!question) notFound();

  return (
    <>
      <p>
        <Link href="/quan-tri/hoi-dap" className="text-link underline underline-offset-2">
          ‹ Danh sách câu hỏi
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">{question.kind === 'comment' ? 'Trả lời góp ý' : 'Trả lời câu hỏi'}</h1>
      <div className="mt-3 rounded border border-gray-300 bg-gray-50 p-4">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <QuestionStatusBadge status={question.status} />
          <span className="font-bold">{QUESTION_KIND_LABELS[question.kind]}</span>
          {question.isSample ? <span>· Dữ liệu mẫu</span> : null}
        </p>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-bold">Người gửi</dt>
          <dd>{question.name}</dd>
          <dt className="font-bold">Liên hệ</dt>
          <dd>
            <QuestionContact contact={question.contact} />
          </dd>
          <dt className="font-bold">Gửi lúc</dt>
          <dd>{formatDateTime(question.createdAt)}</dd>
          {question.answeredAt ? (
            <>
              <dt className="font-bold">Trả lời</dt>
              <dd>
                {formatDateTime(question.answeredAt)}
                {question.answeredByName ? ` (${question.answeredByName})` : ''}
              </dd>
            </>
          ) : null}
        </dl>
        <p className="mt-2 text-sm text-gray-700">
          Thông tin liên hệ chỉ dành cho cán bộ phường, không bao giờ được công khai. Trên trang, người gửi hiện bằng tên rút gọn.
        </p>
        {question.status === 'published' ? (
          <p className="mt-2">
            <Link href={`/hoi-dap#cau-hoi-${question.id}`} className="text-link underline underline-offset-2">
              Xem trên trang Hỏi đáp
            </Link>
          </p>
        ) : null}
      </div>
      <div className="mt-6">
        <QuestionAnswerForm
          question={{ id: question.id, subject: question.subject, content: question.content, answerHtml: question.answerHtml, status: question.status }}
        />
      </div>
    </>
  );
}
