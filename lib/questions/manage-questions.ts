import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { hasPermission, type Actor } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/client';
import type { Db } from '@/lib/db/types';
import type { QuestionStatus } from '@/lib/domain/questions';
import { htmlToText } from '@/lib/html/excerpt';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { touchSection } from '@/lib/sections/touch-section';
import type { QuestionAnswerInput } from '@/lib/validation/question';
import { questionSearchText } from './question-search-text';

/** What a change did; `publicChanged` says whether /hoi-dap must be refreshed. */
export type QuestionChange = { id: string; status: QuestionStatus | 'deleted'; publicChanged: boolean };

export const NOT_FOUND_MESSAGE = 'Không tìm thấy câu hỏi này (có thể đã bị xóa).';
export const ANSWER_REQUIRED_MESSAGE = 'Vui lòng viết câu trả lời trước khi công khai.';

function assertCanAnswer(actor: Actor): void {
  if (!hasPermission(actor, 'questions:answer')) throw new ActionError('forbidden', 'Bạn không có quyền xử lý câu hỏi của người dân.');
}

/** The answer as stored: sanitised, and empty when it has no text and no image (an empty editor is "<p></p>"). */
export function cleanAnswerHtml(html: string): string {
  const clean = sanitizeArticleHtml(html).trim();
  return htmlToText(clean) === '' && !/<img\b/i.test(clean) ? '' : clean;
}

/** A question editors can act on: never one caught by the honeypot. */
async function findQuestion(tx: Db, id: string) {
  const question = await tx.question.findFirst({ where: { id, ignored: false } });
  if (!question) throw new ActionError('not-found', NOT_FOUND_MESSAGE);
  return question;
}

/** Audit details never copy the asker's name or contact: the log only says what changed. */
function auditDetail(question: { kind: string; subject: string; status: string }, extra: Record<string, unknown> = {}) {
  return { kind: question.kind, subject: question.subject, status: question.status, ...extra };
}

/**
 * Saves an editor's work on a question: its shown text (subject and content, edited to remove
 * personal data), the answer (sanitised), and, with `publish`, puts it on the public page.
 * A published question stays published and its page is refreshed.
 */
export async function saveQuestionAnswer(db: PrismaClient, actor: Actor, input: QuestionAnswerInput): Promise<QuestionChange> {
  assertCanAnswer(actor);
  const answerHtml = cleanAnswerHtml(input.answerHtml);
  if (input.publish && !answerHtml) throw new ActionError('invalid', ANSWER_REQUIRED_MESSAGE, { answerHtml: ANSWER_REQUIRED_MESSAGE });
  return db.$transaction(async (tx) => {
    const question = await findQuestion(tx, input.id);
    const wasPublished = question.status === 'published';
    if (wasPublished && !answerHtml) {
      throw new ActionError('invalid', 'Câu hỏi đang công khai phải có câu trả lời. Gỡ câu hỏi khỏi trang trước nếu muốn xóa câu trả lời.', {
        answerHtml: ANSWER_REQUIRED_MESSAGE,
      });
    }
    const now = new Date();
    let status = question.status as QuestionStatus;
    if (input.publish) status = 'published';
    else if (!wasPublished && answerHtml && status === 'new') status = 'answered';
    else if (!answerHtml && status === 'answered') status = 'new';

    const changed = [
      question.subject !== input.subject ? 'subject' : '',
      question.content !== input.content ? 'content' : '',
      question.answerHtml !== answerHtml ? 'answer' : '',
    ].filter(Boolean);
    const answerChanged = question.answerHtml !== answerHtml;

    await tx.question.update({
      where: { id: question.id },
      data: {
        subject: input.subject,
        content: input.content,
        answerHtml,
        status,
        ...(answerChanged
          ? answerHtml
            ? { answeredById: actor.id, answeredAt: question.answeredAt ?? now }
            : { answeredById: null, answeredAt: null }
          : {}),
        ...(status === 'published' && !wasPublished ? { publishedAt: question.publishedAt ?? now } : {}),
        searchText: questionSearchText({ subject: input.subject, content: input.content, answerHtml }),
      },
    });
    if (changed.length > 0) {
      await writeAuditLog(tx, {
        action: 'question.answer',
        actorId: actor.id,
        targetType: 'question',
        targetId: question.id,
        detail: auditDetail({ ...question, subject: input.subject, status }, { changed }),
      });
    }
    if (status === 'published' && !wasPublished) {
      await writeAuditLog(tx, { action: 'question.publish', actorId: actor.id, targetType: 'question', targetId: question.id, detail: auditDetail({ ...question, status }) });
    }
    const publicChanged = status === 'published' && (!wasPublished || changed.length > 0);
    if (publicChanged) await touchSection(tx, 'hoi-dap', actor.id, now);
    return { id: question.id, status, publicChanged };
  });
}

/** Puts an answered question on the public page. */
export async function publishQuestion(db: PrismaClient, actor: Actor, { id }: { id: string }): Promise<QuestionChange> {
  assertCanAnswer(actor);
  return db.$transaction(async (tx) => {
    const question = await findQuestion(tx, id);
    if (question.status === 'published') return { id, status: 'published', publicChanged: false };
    if (!question.answerHtml) throw new ActionError('invalid', ANSWER_REQUIRED_MESSAGE);
    const now = new Date();
    await tx.question.update({ where: { id }, data: { status: 'published', publishedAt: question.publishedAt ?? now } });
    await writeAuditLog(tx, { action: 'question.publish', actorId: actor.id, targetType: 'question', targetId: id, detail: auditDetail({ ...question, status: 'published' }) });
    await touchSection(tx, 'hoi-dap', actor.id, now);
    return { id, status: 'published', publicChanged: true };
  });
}

/** Takes a question off the public page; it keeps its answer and can be published again. */
export async function unpublishQuestion(db: PrismaClient, actor: Actor, { id }: { id: string }): Promise<QuestionChange> {
  assertCanAnswer(actor);
  return db.$transaction(async (tx) => {
    const question = await findQuestion(tx, id);
    if (question.status !== 'published') return { id, status: question.status as QuestionStatus, publicChanged: false };
    await tx.question.update({ where: { id }, data: { status: 'answered' } });
    await writeAuditLog(tx, { action: 'question.unpublish', actorId: actor.id, targetType: 'question', targetId: id, detail: auditDetail({ ...question, status: 'answered' }) });
    await touchSection(tx, 'hoi-dap', actor.id);
    return { id, status: 'answered', publicChanged: true };
  });
}

/** Declines a question (off-topic, abusive, a duplicate): it stays in the queue's "Đã từ chối" list, never public. */
export async function rejectQuestion(db: PrismaClient, actor: Actor, { id }: { id: string }): Promise<QuestionChange> {
  assertCanAnswer(actor);
  return db.$transaction(async (tx) => {
    const question = await findQuestion(tx, id);
    if (question.status === 'rejected') return { id, status: 'rejected', publicChanged: false };
    const wasPublished = question.status === 'published';
    await tx.question.update({ where: { id }, data: { status: 'rejected' } });
    await writeAuditLog(tx, { action: 'question.reject', actorId: actor.id, targetType: 'question', targetId: id, detail: auditDetail({ ...question, status: 'rejected' }) });
    if (wasPublished) await touchSection(tx, 'hoi-dap', actor.id);
    return { id, status: 'rejected', publicChanged: wasPublished };
  });
}

/** Removes a question for good (with the asker's personal data). */
export async function deleteQuestion(db: PrismaClient, actor: Actor, { id }: { id: string }): Promise<QuestionChange> {
  assertCanAnswer(actor);
  return db.$transaction(async (tx) => {
    const question = await findQuestion(tx, id);
    const wasPublished = question.status === 'published';
    await tx.question.delete({ where: { id } });
    await writeAuditLog(tx, { action: 'question.delete', actorId: actor.id, targetType: 'question', targetId: id, detail: auditDetail(question) });
    if (wasPublished) await touchSection(tx, 'hoi-dap', actor.id);
    return { id, status: 'deleted', publicChanged: wasPublished };
  });
}
