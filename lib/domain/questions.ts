/** What a citizen sends through "Hỏi đáp": a question, or a comment on a draft (Nghị định 42/2022/NĐ-CP). */
export const QUESTION_KINDS = ['question', 'comment'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  question: 'Câu hỏi',
  comment: 'Góp ý dự thảo',
};

/**
 * Lifecycle of a question. Only `published` ones are public; `answered` has an answer that
 * is not (or no longer) on the site.
 */
export const QUESTION_STATUSES = ['new', 'answered', 'published', 'rejected'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  new: 'Mới',
  answered: 'Đã trả lời, chưa công khai',
  published: 'Đã công khai',
  rejected: 'Đã từ chối',
};

export function isQuestionStatus(value: string): value is QuestionStatus {
  return (QUESTION_STATUSES as readonly string[]).includes(value);
}

export function isQuestionKind(value: string): value is QuestionKind {
  return (QUESTION_KINDS as readonly string[]).includes(value);
}

// The limits of a submission, in one place (the form's hints quote them).
export const MAX_NAME_LENGTH = 100;
export const MAX_CONTACT_LENGTH = 254;
export const MAX_SUBJECT_LENGTH = 200;
export const MIN_CONTENT_LENGTH = 10;
export const MAX_CONTENT_LENGTH = 5000;

/**
 * Questions one network (IPv4 address or IPv6 /64) may send per window. Generous enough for a
 * family or an office sharing a connection (mobile networks put many people behind one address),
 * tight enough that a script cannot flood the editors' queue.
 */
export const QUESTIONS_PER_NETWORK = 5;
export const QUESTION_WINDOW_SECONDS = 15 * 60;

/** Published questions per page of /hoi-dap. */
export const QUESTIONS_PER_PAGE = 10;
