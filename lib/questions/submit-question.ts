import 'server-only';
import type { FailureCode } from '@/lib/actions/action-result';
import { prisma, type PrismaClient } from '@/lib/db/client';
import { serverConditionStatus, UNAVAILABLE_RETRY_AFTER_SECONDS } from '@/lib/db/database-unavailable';
import { QUESTION_WINDOW_SECONDS, QUESTIONS_PER_NETWORK, type QuestionKind } from '@/lib/domain/questions';
import { addressRateLimitKey, voterFingerprint } from '@/lib/ratings/client-signals';
import { createRateLimiter, retryAfterText, type RateLimiter } from '@/lib/security/rate-limit';
import { questionFormValues, questionSubmissionSchema, type QuestionFormValues } from '@/lib/validation/question';
import { fieldErrorsOf } from '@/lib/validation/zod';
import { questionSearchText } from './question-search-text';

/** What the form shows after a submission; also the state of the form's `useActionState`. */
export type QuestionFormState = {
  ok: boolean;
  /** why it was refused, as every action says it (lib/actions/action-result.ts) */
  code?: FailureCode;
  /** one sentence for the status or alert region, in Vietnamese */
  message: string;
  /** a Vietnamese message per field name, shown next to that field */
  fieldErrors?: Record<string, string>;
  /** what was typed, given back with a refusal so that nothing is lost (never with a success) */
  values?: QuestionFormValues;
};

export type SubmitQuestionOutcome = {
  /** 201 received, 400 invalid, 429 too many from this network, 503/507 the database or its disk unavailable (Retry-After), 500 */
  status: 201 | 400 | 429 | 503 | 507 | 500;
  state: QuestionFormState;
  retryAfterSeconds?: number;
};

export const INVALID_QUESTION_MESSAGE = 'Thông tin chưa hợp lệ. Vui lòng xem lại các mục được đánh dấu.';
export const QUESTION_FAILED_MESSAGE = 'Không gửi được lúc này. Vui lòng thử lại sau ít phút; nội dung bạn đã nhập vẫn còn trên trang.';

export function tooManyQuestionsMessage(retryAfterSeconds: number): string {
  return `Bạn đã gửi quá nhiều lần trong thời gian ngắn nên lần gửi này chưa được nhận. ${retryAfterText(retryAfterSeconds)}`;
}

const RECEIVED_MESSAGES: Record<QuestionKind, string> = {
  question:
    'Đã nhận câu hỏi của bạn. Cảm ơn bạn! Câu hỏi sẽ được công khai trên trang này sau khi được trả lời; email hoặc số điện thoại của bạn không được công khai.',
  comment:
    'Đã nhận góp ý của bạn. Cảm ơn bạn! Góp ý sẽ được công khai trên trang này cùng phản hồi của cơ quan; email hoặc số điện thoại của bạn không được công khai.',
};

// One limiter per process on globalThis: the action may be bundled more than once and must
// count against one budget.
const globalForLimiter = globalThis as unknown as { questionRateLimiter?: RateLimiter };

function questionRateLimiter(): RateLimiter {
  return (globalForLimiter.questionRateLimiter ??= createRateLimiter('question-submit', {
    points: QUESTIONS_PER_NETWORK,
    durationSeconds: QUESTION_WINDOW_SECONDS,
  }));
}

/**
 * One citizen's question or comment: validates, limits per network (a keyed hash of it; no
 * address is stored or counted in the clear), and stores it as `new`, never public until an
 * editor answers and publishes it. A submission that filled the honeypot is stored as
 * `ignored` (kept out of the editors' queue) and gets the same answer as a person, so a bot
 * does not learn that it was found out.
 */
export async function submitQuestion(
  input: unknown,
  request: { headers: Headers },
  deps: { db?: PrismaClient; limiter?: RateLimiter } = {},
): Promise<SubmitQuestionOutcome> {
  const parsed = questionSubmissionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      status: 400,
      state: { ok: false, message: INVALID_QUESTION_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error), values: questionFormValues(input) },
    };
  }
  const { kind, subject, name, contact, content, website } = parsed.data;

  try {
    const limit = await (deps.limiter ?? questionRateLimiter()).consume(addressRateLimitKey(request.headers));
    if (!limit.allowed) {
      return {
        status: 429,
        retryAfterSeconds: limit.retryAfterSeconds,
        state: { ok: false, message: tooManyQuestionsMessage(limit.retryAfterSeconds), values: questionFormValues(input) },
      };
    }
    await (deps.db ?? prisma).question.create({
      data: {
        kind,
        subject,
        name,
        contact,
        content,
        status: 'new',
        fingerprint: voterFingerprint(request.headers),
        ignored: website.trim() !== '',
        searchText: questionSearchText({ subject, content, answerHtml: '' }),
      },
    });
    return { status: 201, state: { ok: true, message: RECEIVED_MESSAGES[kind] } };
  } catch (error) {
    // No personal data in the log: what was sent stays out of it.
    console.error('[questions] storing a submitted question failed', error);
    const state: QuestionFormState = { ok: false, message: QUESTION_FAILED_MESSAGE, values: questionFormValues(input) };
    const status = serverConditionStatus(error);
    if (status) return { status, state, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS };
    return { status: 500, state };
  }
}
