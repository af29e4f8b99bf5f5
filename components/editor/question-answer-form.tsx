'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { deleteQuestionAction } from '@/lib/actions/questions/delete-question';
import { rejectQuestionAction } from '@/lib/actions/questions/reject-question';
import { saveQuestionAnswerAction } from '@/lib/actions/questions/save-question-answer';
import { unpublishQuestionAction } from '@/lib/actions/questions/unpublish-question';
import { MAX_CONTENT_LENGTH, MAX_SUBJECT_LENGTH, type QuestionStatus } from '@/lib/domain/questions';
import { RichTextEditor } from './rich-text-editor';
import { FormOutcome, TextField } from './text-field';
import { ReadyForm } from '@/components/ui/ready-form';

export type AnswerFormQuestion = { id: string; subject: string; content: string; answerHtml: string; status: QuestionStatus };

type Step = 'save' | 'publish' | 'unpublish' | 'reject' | 'delete';

const DONE_TEXT: Record<Step, string> = {
  save: 'Đã lưu.',
  publish: 'Đã công khai câu hỏi và câu trả lời trên trang Hỏi đáp.',
  unpublish: 'Đã gỡ câu hỏi khỏi trang Hỏi đáp; câu trả lời vẫn được giữ.',
  reject: 'Đã từ chối câu hỏi.',
  delete: 'Đã xóa câu hỏi.',
};

function doneText(step: Step, result: ActionResult): string {
  const status = result.ok && 'status' in result ? result.status : null;
  return step === 'save' && status === 'published' ? 'Đã cập nhật câu hỏi trên trang Hỏi đáp.' : DONE_TEXT[step];
}

const CONFIRM_TEXT: Partial<Record<Step, string>> = {
  publish: 'Công khai câu hỏi và câu trả lời trên trang Hỏi đáp? Hãy chắc rằng nội dung câu hỏi không còn thông tin cá nhân.',
  unpublish: 'Gỡ câu hỏi này khỏi trang Hỏi đáp?',
  reject: 'Từ chối câu hỏi này? Câu hỏi sẽ không được công khai.',
  delete: 'Xóa hẳn câu hỏi này cùng thông tin của người hỏi? Không hoàn tác được.',
};

/**
 * An editor answers a question: the question's shown text (to take personal data out of it),
 * the answer in the rich-text editor, and the steps of its life (publish, unpublish, reject,
 * delete), each asked to confirm when it changes what readers see or cannot be undone.
 */
export function QuestionAnswerForm({ question }: { question: AnswerFormQuestion }) {
  const id = useId();
  const router = useRouter();
  const [subject, setSubject] = useState(question.subject);
  const [content, setContent] = useState(question.content);
  const [answerHtml, setAnswerHtml] = useState(question.answerHtml);
  const [outcome, setOutcome] = useState<{ step: Step; result: ActionResult } | null>(null);
  const [running, setRunning] = useState<Step | null>(null);
  const [, startTransition] = useTransition();
  const noticeRef = useRef<HTMLDivElement>(null);
  const published = question.status === 'published';

  function run(step: Step) {
    const confirmText = CONFIRM_TEXT[step];
    if (confirmText && !window.confirm(confirmText)) return;
    setRunning(step);
    startTransition(async () => {
      let result: ActionResult;
      try {
        if (step === 'save' || step === 'publish') {
          result = await saveQuestionAnswerAction({ id: question.id, subject, content, answerHtml, publish: step === 'publish' });
        } else {
          const action = { unpublish: unpublishQuestionAction, reject: rejectQuestionAction, delete: deleteQuestionAction }[step];
          result = await action({ id: question.id });
        }
      } catch {
        result = { ok: false, code: 'error', message: 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại; nội dung đang soạn vẫn còn trên trang.' };
      }
      setRunning(null);
      setOutcome({ step, result });
      if (result.ok && step === 'delete') {
        router.push('/quan-tri/hoi-dap?da-xoa=1');
        return;
      }
      if (result.ok) router.refresh();
      noticeRef.current?.focus();
    });
  }

  const errors = outcome && !outcome.result.ok ? outcome.result.fieldErrors ?? {} : {};
  const busy = running !== null;

  return (
    <ReadyForm
      noValidate
      aria-label="Trả lời câu hỏi"
      onSubmit={(event) => {
        event.preventDefault();
        run('save');
      }}
      className="grid gap-4"
    >
      <TextField
        id={`${id}-subject`}
        name="subject"
        label="Về dự thảo/văn bản"
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        maxLength={MAX_SUBJECT_LENGTH}
        hint="Hiện làm tiêu đề của góp ý; có thể để trống với câu hỏi."
        error={errors.subject}
      />
      <div>
        <label htmlFor={`${id}-content`} className="form-label">
          Nội dung câu hỏi (hiện trên trang)
        </label>
        <textarea
          id={`${id}-content`}
          name="content"
          rows={6}
          value={content}
          onChange={(event) => setContent(event.target.value)}
          maxLength={MAX_CONTENT_LENGTH}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby={`${id}-content-hint${errors.content ? ` ${id}-content-error` : ''}`}
          className="form-input mt-1"
        />
        <p id={`${id}-content-hint`} className="form-hint">
          Sửa để bỏ thông tin cá nhân (số điện thoại, địa chỉ, số giấy tờ) trước khi công khai.
        </p>
        {errors.content ? (
          <p id={`${id}-content-error`} className="field-error">
            {errors.content}
          </p>
        ) : null}
      </div>
      <div>
        <span id={`${id}-answer-label`} className="form-label">
          Câu trả lời
        </span>
        <RichTextEditor
          labelId={`${id}-answer-label`}
          initialHtml={question.answerHtml}
          onChange={setAnswerHtml}
          onReady={setAnswerHtml}
          invalid={Boolean(errors.answerHtml)}
          errorId={`${id}-answer-error`}
          placeholder="Nhập câu trả lời…"
        />
        {errors.answerHtml ? (
          <p id={`${id}-answer-error`} className="field-error">
            {errors.answerHtml}
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap gap-2">
        <button type="submit" className={published ? 'btn btn-primary' : 'btn btn-secondary'} disabled={busy}>
          {running === 'save' ? 'Đang lưu…' : published ? 'Cập nhật trên trang' : 'Lưu'}
        </button>
        {!published ? (
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => run('publish')}>
            {running === 'publish' ? 'Đang công khai…' : 'Lưu và công khai'}
          </button>
        ) : (
          <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => run('unpublish')}>
            {running === 'unpublish' ? 'Đang gỡ…' : 'Gỡ khỏi trang'}
          </button>
        )}
        {question.status !== 'rejected' ? (
          <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => run('reject')}>
            {running === 'reject' ? 'Đang từ chối…' : 'Từ chối'}
          </button>
        ) : null}
        <button type="button" className="btn btn-danger" disabled={busy} onClick={() => run('delete')}>
          {running === 'delete' ? 'Đang xóa…' : 'Xóa câu hỏi'}
        </button>
      </div>
      <div ref={noticeRef} tabIndex={-1} className="focus:outline-none">
        <FormOutcome state={outcome?.result ?? null} successText={outcome ? doneText(outcome.step, outcome.result) : null} />
      </div>
    </ReadyForm>
  );
}
