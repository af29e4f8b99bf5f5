'use client';

import { useActionState, useEffect, useId, useRef, type ReactNode } from 'react';
import { submitQuestionAction } from '@/lib/actions/questions/submit-question';
import { MAX_CONTACT_LENGTH, MAX_CONTENT_LENGTH, MAX_NAME_LENGTH, MAX_SUBJECT_LENGTH, MIN_CONTENT_LENGTH } from '@/lib/domain/questions';
import { QUESTION_FORM_ANCHOR, QUESTIONS_PATH } from '@/lib/questions/question-pages';
import type { QuestionFormState } from '@/lib/questions/submit-question';

const inputClass =
  'mt-1 block min-h-11 w-full rounded border border-gray-500 bg-white px-3 py-2 text-base text-ink aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700';

/**
 * "Gửi câu hỏi hoặc góp ý": a form posting to a server action. Before (or without) JavaScript
 * the browser posts it like any form and the page comes back with the answer at the form
 * (the permalink); with JavaScript the answer appears in place. Nothing sent is public until an
 * editor answers and publishes it.
 */
export function QuestionForm() {
  const id = useId();
  const [state, formAction, pending] = useActionState<QuestionFormState | null, FormData>(
    submitQuestionAction,
    null,
    `${QUESTIONS_PATH}#${QUESTION_FORM_ANCHOR}`,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  // After an answer: the confirmation, or the first field to correct, gets the focus (and
  // scrolls into view on a phone, where the form is taller than the screen).
  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      confirmationRef.current?.focus();
      return;
    }
    // the first field to correct in the order of the form, not of the checks
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? alertRef.current)?.focus();
  }, [state]);

  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  // A refusal gives back what was typed; a success starts a new, empty form.
  const values = state && !state.ok ? state.values : undefined;
  const describedBy = (name: string, hint = true) => [hint ? `${id}-${name}-hint` : '', errors[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="mt-1 text-sm font-bold text-red-800">
        {errors[name]}
      </p>
    ) : null;

  return (
    <div>
      <div role="status">
        {state?.ok ? (
          <p ref={confirmationRef} tabIndex={-1} className="mb-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900">
            {state.message}
          </p>
        ) : null}
      </div>
      <div role="alert">
        {state && !state.ok ? (
          <p ref={alertRef} tabIndex={-1} className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900">
            {state.message}
          </p>
        ) : null}
      </div>
      <form ref={formRef} action={formAction} noValidate aria-label="Gửi câu hỏi hoặc góp ý" className="grid gap-4">
        <fieldset>
          <legend className="font-bold">Bạn muốn gửi</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            <Choice name="kind" value="question" defaultChecked={values?.kind !== 'comment'}>
              Câu hỏi
            </Choice>
            <Choice name="kind" value="comment" defaultChecked={values?.kind === 'comment'}>
              Góp ý dự thảo
            </Choice>
          </div>
          {fieldError('kind')}
        </fieldset>

        <div>
          <label htmlFor={`${id}-subject`} className="font-bold">
            Về dự thảo/văn bản
          </label>
          <input
            id={`${id}-subject`}
            name="subject"
            type="text"
            defaultValue={values?.subject ?? ''}
            maxLength={MAX_SUBJECT_LENGTH}
            aria-invalid={errors.subject ? true : undefined}
            aria-describedby={describedBy('subject')}
            className={inputClass}
          />
          <p id={`${id}-subject-hint`} className="mt-1 text-sm text-gray-700">
            Bắt buộc khi góp ý dự thảo, ví dụ: Dự thảo Kế hoạch chỉnh trang vỉa hè. Có thể để trống khi đặt câu hỏi.
          </p>
          {fieldError('subject')}
        </div>

        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-name`} className="font-bold">
              Họ và tên
            </label>
            <input
              id={`${id}-name`}
              name="name"
              type="text"
              autoComplete="name"
              required
              defaultValue={values?.name ?? ''}
              maxLength={MAX_NAME_LENGTH}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('name')}
              className={inputClass}
            />
            <p id={`${id}-name-hint`} className="mt-1 text-sm text-gray-700">
              Khi công khai chỉ hiện tên rút gọn, ví dụ Nguyễn Văn An thành “N.V. An”.
            </p>
            {fieldError('name')}
          </div>
          <div>
            <label htmlFor={`${id}-contact`} className="font-bold">
              Email hoặc số điện thoại
            </label>
            <input
              id={`${id}-contact`}
              name="contact"
              type="text"
              autoComplete="email"
              required
              defaultValue={values?.contact ?? ''}
              maxLength={MAX_CONTACT_LENGTH}
              aria-invalid={errors.contact ? true : undefined}
              aria-describedby={describedBy('contact')}
              className={inputClass}
            />
            <p id={`${id}-contact-hint`} className="mt-1 text-sm text-gray-700">
              Để cán bộ phường liên hệ khi cần làm rõ. Không bao giờ được công khai.
            </p>
            {fieldError('contact')}
          </div>
        </div>

        <div>
          <label htmlFor={`${id}-content`} className="font-bold">
            Nội dung
          </label>
          <textarea
            id={`${id}-content`}
            name="content"
            rows={7}
            required
            defaultValue={values?.content ?? ''}
            maxLength={MAX_CONTENT_LENGTH}
            aria-invalid={errors.content ? true : undefined}
            aria-describedby={describedBy('content')}
            className={inputClass}
          />
          <p id={`${id}-content-hint`} className="mt-1 text-sm text-gray-700">
            Từ {MIN_CONTENT_LENGTH} đến {MAX_CONTENT_LENGTH.toLocaleString('vi-VN')} ký tự. Nội dung được công khai cùng câu trả lời:
            xin đừng ghi số căn cước, số điện thoại, địa chỉ nhà vào đây.
          </p>
          {fieldError('content')}
        </div>

        {/* Honeypot: hidden from people and assistive technology; bots fill in every field. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label>
            Trang web
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>

        <div>
          <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-800 px-5 py-2 font-bold text-white hover:bg-brand-900 disabled:opacity-60">
            {pending ? 'Đang gửi…' : 'Gửi'}
          </button>
        </div>
      </form>
    </div>
  );
}

function Choice({ name, value, defaultChecked, children }: { name: string; value: string; defaultChecked: boolean; children: ReactNode }) {
  return (
    <label className="inline-flex min-h-11 cursor-pointer items-center gap-2">
      <input type="radio" name={name} value={value} defaultChecked={defaultChecked} className="size-5 accent-brand-800" />
      {children}
    </label>
  );
}
