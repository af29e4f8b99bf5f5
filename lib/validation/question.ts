import {
  MAX_CONTACT_LENGTH,
  MAX_CONTENT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SUBJECT_LENGTH,
  MIN_CONTENT_LENGTH,
  QUESTION_KINDS,
} from '@/lib/domain/questions';
import { z } from './zod';

const thousands = (value: number) => value.toLocaleString('vi-VN');

export const QUESTION_MESSAGES = {
  kind: 'Vui lòng chọn loại: câu hỏi hoặc góp ý dự thảo.',
  subjectRequired: 'Vui lòng cho biết bạn góp ý về dự thảo hoặc văn bản nào.',
  subjectTooLong: `Tên dự thảo/văn bản dài tối đa ${MAX_SUBJECT_LENGTH} ký tự.`,
  nameRequired: 'Vui lòng nhập họ và tên.',
  nameTooLong: `Họ và tên dài tối đa ${MAX_NAME_LENGTH} ký tự.`,
  contactRequired: 'Vui lòng nhập email hoặc số điện thoại để cơ quan liên hệ khi cần.',
  contactInvalid: 'Email hoặc số điện thoại chưa đúng. Ví dụ: ten@example.com hoặc 0912 345 678.',
  contentRequired: 'Vui lòng nhập nội dung.',
  contentTooShort: `Nội dung quá ngắn: vui lòng viết ít nhất ${MIN_CONTENT_LENGTH} ký tự.`,
  contentTooLong: (length: number) =>
    `Nội dung dài tối đa ${thousands(MAX_CONTENT_LENGTH)} ký tự (bạn đã nhập ${thousands(length)} ký tự). Vui lòng rút gọn.`,
} as const;

/** Typed text as stored: one Unicode form (a Mac may send decomposed letters), Unix line ends, no outer spaces. */
function cleanText(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').replace(/\r\n?/g, '\n').trim() : value;
}

const text = () => z.preprocess(cleanText, z.string());

/**
 * "email" or "phone" when `value` is one of them, else null. A phone number is Vietnamese: a
 * mobile (10 digits) or a landline with its area code (11 digits), starting with 0 or +84,
 * written with spaces, dots, dashes or brackets as people do.
 */
export function contactKind(value: string): 'email' | 'phone' | null {
  const trimmed = value.trim();
  if (trimmed.includes('@')) return z.email().safeParse(trimmed).success ? 'email' : null;
  if (!/^[+\d(][\d\s.()-]*$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[\s.()-]/g, '');
  return /^(0|\+84|84)[1-9]\d{8,9}$/.test(digits) ? 'phone' : null;
}

/**
 * A citizen's question or comment, as the form on /hoi-dap sends it. `website` is the honeypot:
 * a field people never see (nor hear), so anything in it comes from a bot.
 */
export const questionSubmissionSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS, { error: QUESTION_MESSAGES.kind }),
    subject: text().pipe(z.string().max(MAX_SUBJECT_LENGTH, QUESTION_MESSAGES.subjectTooLong)).optional().default(''),
    name: z.preprocess(
      (value) => cleanText(value ?? ''),
      z.string({ error: QUESTION_MESSAGES.nameRequired }).min(1, QUESTION_MESSAGES.nameRequired).max(MAX_NAME_LENGTH, QUESTION_MESSAGES.nameTooLong),
    ),
    contact: z.preprocess(
      (value) => cleanText(value ?? ''),
      z
        .string({ error: QUESTION_MESSAGES.contactRequired })
        .min(1, QUESTION_MESSAGES.contactRequired)
        .max(MAX_CONTACT_LENGTH, QUESTION_MESSAGES.contactInvalid)
        .refine((value) => value === '' || contactKind(value) !== null, QUESTION_MESSAGES.contactInvalid),
    ),
    content: z.preprocess(
      (value) => cleanText(value ?? ''),
      z
        .string({ error: QUESTION_MESSAGES.contentRequired })
        .min(1, QUESTION_MESSAGES.contentRequired)
        .refine((value) => value === '' || value.length >= MIN_CONTENT_LENGTH, QUESTION_MESSAGES.contentTooShort)
        .refine((value) => value.length <= MAX_CONTENT_LENGTH, { error: (issue) => QUESTION_MESSAGES.contentTooLong(String(issue.input).length) }),
    ),
    website: z.string().max(2000).optional().default(''),
  })
  .refine((value) => value.kind !== 'comment' || (typeof value.subject === 'string' && value.subject !== ''), {
    path: ['subject'],
    message: QUESTION_MESSAGES.subjectRequired,
    // also when another field is wrong: every mistake is shown at once
    when: (payload) => {
      const value = payload.value as { kind?: unknown; subject?: unknown } | undefined;
      return value?.kind === 'comment';
    },
  });

export type QuestionSubmission = z.output<typeof questionSubmissionSchema>;

/** The form's fields as typed, sent back with a refusal so nothing typed is lost. */
export type QuestionFormValues = { kind: string; subject: string; name: string; contact: string; content: string };

export function questionFormValues(input: unknown): QuestionFormValues {
  const record = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const field = (key: string, max: number) => (typeof record[key] === 'string' ? (record[key] as string).slice(0, max) : '');
  return {
    kind: field('kind', 20),
    subject: field('subject', MAX_SUBJECT_LENGTH * 2),
    name: field('name', MAX_NAME_LENGTH * 2),
    contact: field('contact', MAX_CONTACT_LENGTH * 2),
    content: field('content', MAX_CONTENT_LENGTH * 2),
  };
}

const questionId = z.string().trim().min(1).max(64);

export const questionIdSchema = z.object({ id: questionId });

/**
 * An editor's save of a question: the question as it will be shown (personal data removed from
 * it), the answer (HTML from the rich-text editor, sanitised on save), and whether to publish.
 */
export const questionAnswerSchema = z.object({
  id: questionId,
  subject: text().pipe(z.string().max(MAX_SUBJECT_LENGTH, QUESTION_MESSAGES.subjectTooLong)).optional().default(''),
  content: z.preprocess(
    (value) => cleanText(value ?? ''),
    z
      .string()
      .min(1, 'Vui lòng giữ lại nội dung câu hỏi.')
      .max(MAX_CONTENT_LENGTH, `Nội dung câu hỏi dài tối đa ${thousands(MAX_CONTENT_LENGTH)} ký tự.`),
  ),
  answerHtml: z.string().max(200_000, 'Câu trả lời quá dài.').optional().default(''),
  publish: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .optional()
    .transform((value) => value === true || value === 'true'),
});

export type QuestionAnswerInput = z.output<typeof questionAnswerSchema>;
