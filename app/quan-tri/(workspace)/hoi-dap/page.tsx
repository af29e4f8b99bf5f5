import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { QuestionContact } from '@/components/editor/question-contact';
import { QuestionStatusBadge } from '@/components/editor/question-status-badge';
import { Pagination } from '@/components/ui/pagination';
import { deleteQuestionAction } from '@/lib/actions/questions/delete-question';
import { publishQuestionAction } from '@/lib/actions/questions/publish-question';
import { rejectQuestionAction } from '@/lib/actions/questions/reject-question';
import { unpublishQuestionAction } from '@/lib/actions/questions/unpublish-question';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { countEditorQuestionsByStatus, listEditorQuestions } from '@/lib/data/questions-admin';
import { isQuestionStatus, QUESTION_KIND_LABELS, QUESTION_STATUS_LABELS, QUESTION_STATUSES, type QuestionStatus } from '@/lib/domain/questions';
import { excerpt, htmlToText } from '@/lib/html/excerpt';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Hỏi đáp' };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 50) ?? '';

function listHref(status: QuestionStatus, page = 1): string {
  const query = new URLSearchParams();
  if (status !== 'new') query.set('trang-thai', status);
  if (page > 1) query.set('trang', String(page));
  const text = query.toString();
  return text ? `/quan-tri/hoi-dap?${text}` : '/quan-tri/hoi-dap';
}

/** The editors' queue of citizens' questions and comments, one status at a time, with the askers' contact details. */
export default async function EditorQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser('/quan-tri/hoi-dap');
  if (!hasPermission(user, 'questions:answer')) notFound();
  const params = await searchParams;
  const requested = first(params['trang-thai']);
  const status: QuestionStatus = isQuestionStatus(requested) ? requested : 'new';
  const page = Math.max(1, Math.min(100_000, Number.parseInt(first(params.trang), 10) || 1));
  const [counts, listing] = await Promise.all([countEditorQuestionsByStatus(), listEditorQuestions({ status, page })]);

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Hỏi đáp</h1>
      <p className="mt-1 text-gray-800">
        Câu hỏi và góp ý của người dân. Thông tin liên hệ chỉ hiện ở đây, không bao giờ được công khai; trên trang chỉ hiện tên rút
        gọn của người hỏi.
      </p>
      {first(params['da-xoa']) === '1' ? (
        <p role="status" className="notice notice-success mt-3">
          Đã xóa câu hỏi.
        </p>
      ) : null}

      <nav aria-label="Lọc theo trạng thái" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {QUESTION_STATUSES.map((value) => (
            <li key={value}>
              <Link
                href={listHref(value)}
                aria-current={value === status ? 'page' : undefined}
                className={`btn btn-small ${value === status ? 'btn-primary' : 'btn-secondary'}`}
              >
                {QUESTION_STATUS_LABELS[value]} ({counts[value]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p className="mt-4 text-sm text-gray-700" role="status">
        {listing.total} câu hỏi “{QUESTION_STATUS_LABELS[status]}”{listing.totalPages > 1 ? ` · trang ${listing.page}/${listing.totalPages}` : ''}
      </p>

      {listing.questions.length === 0 ? (
        <p className="mt-4 text-gray-800">{status === 'new' ? 'Không có câu hỏi mới nào đang chờ trả lời.' : 'Không có câu hỏi nào.'}</p>
      ) : (
        <ul aria-label="Danh sách câu hỏi" className="mt-2 divide-y divide-gray-200 border-y border-gray-200">
          {listing.questions.map((question) => {
            const label = question.subject || excerpt(question.content, 80);
            return (
              <li key={question.id} className="grid gap-2 py-4">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-800">
                  <QuestionStatusBadge status={question.status} />
                  <span className="font-bold">{QUESTION_KIND_LABELS[question.kind]}</span>
                  <span aria-hidden="true">·</span>
                  <span>Gửi lúc {formatDateTime(question.createdAt)}</span>
                  {question.isSample ? <span>· Dữ liệu mẫu</span> : null}
                </p>
                <dl className="grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-bold">Người gửi</dt>
                  <dd>{question.name}</dd>
                  <dt className="font-bold">Liên hệ</dt>
                  <dd>
                    <QuestionContact contact={question.contact} />
                  </dd>
                  {question.subject ? (
                    <>
                      <dt className="font-bold">Về dự thảo/văn bản</dt>
                      <dd>{question.subject}</dd>
                    </>
                  ) : null}
                </dl>
                <p className="whitespace-pre-line">{question.content}</p>
                {question.answerHtml ? (
                  <p className="border-l-4 border-gray-300 pl-3 text-sm text-gray-800">
                    <span className="font-bold">Trả lời{question.answeredByName ? ` (${question.answeredByName})` : ''}:</span>{' '}
                    {excerpt(htmlToText(question.answerHtml), 300)}
                  </p>
                ) : null}
                <div className="flex flex-wrap items-start gap-2">
                  <Link href={`/quan-tri/hoi-dap/${question.id}`} className="btn btn-primary btn-small">
                    {question.status === 'new' ? 'Trả lời' : 'Mở'}
                    <span className="sr-only">: {label}</span>
                  </Link>
                  {question.status === 'answered' ? (
                    <ActionButton
                      action={publishQuestionAction}
                      fields={{ id: question.id }}
                      label="Công khai"
                      srLabel={label}
                      pendingLabel="Đang công khai…"
                      confirmText="Công khai câu hỏi và câu trả lời trên trang Hỏi đáp? Hãy chắc rằng nội dung câu hỏi không còn thông tin cá nhân."
                      doneText="Đã công khai."
                    />
                  ) : null}
                  {question.status === 'published' ? (
                    <ActionButton
                      action={unpublishQuestionAction}
                      fields={{ id: question.id }}
                      label="Gỡ khỏi trang"
                      srLabel={label}
                      pendingLabel="Đang gỡ…"
                      confirmText="Gỡ câu hỏi này khỏi trang Hỏi đáp?"
                      doneText="Đã gỡ."
                    />
                  ) : null}
                  {question.status !== 'rejected' && question.status !== 'published' ? (
                    <ActionButton
                      action={rejectQuestionAction}
                      fields={{ id: question.id }}
                      label="Từ chối"
                      srLabel={label}
                      pendingLabel="Đang từ chối…"
                      confirmText="Từ chối câu hỏi này? Câu hỏi sẽ không được công khai."
                      doneText="Đã từ chối."
                    />
                  ) : null}
                  <ActionButton
                    action={deleteQuestionAction}
                    fields={{ id: question.id }}
                    label="Xóa"
                    srLabel={label}
                    pendingLabel="Đang xóa…"
                    className="btn btn-danger btn-small"
                    confirmText="Xóa hẳn câu hỏi này cùng thông tin của người hỏi? Không hoàn tác được."
                    doneText="Đã xóa."
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={listing.page} totalPages={listing.totalPages} hrefFor={(target) => listHref(status, target)} />
    </>
  );
}
