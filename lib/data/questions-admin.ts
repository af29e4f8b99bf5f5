import 'server-only';
import { prisma, type PrismaClient } from '@/lib/db/client';
import { QUESTION_STATUSES, type QuestionKind, type QuestionStatus } from '@/lib/domain/questions';

// The editors' side of "Hỏi đáp": with the askers' contact details, which only users with
// 'questions:answer' may see (the pages check it). Honeypot catches are never listed.
const NOT_IGNORED = { ignored: false } as const;

export const EDITOR_QUESTIONS_PER_PAGE = 20;

const editorSelect = {
  id: true,
  kind: true,
  subject: true,
  name: true,
  contact: true,
  content: true,
  status: true,
  answerHtml: true,
  answeredAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  isSample: true,
  answeredBy: { select: { name: true } },
} as const;

export type EditorQuestion = {
  id: string;
  kind: QuestionKind;
  subject: string;
  name: string;
  contact: string;
  content: string;
  status: QuestionStatus;
  answerHtml: string;
  answeredAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  isSample: boolean;
  answeredByName: string | null;
};

type EditorRow = Omit<EditorQuestion, 'kind' | 'status' | 'answeredByName'> & { kind: string; status: string; answeredBy: { name: string } | null };

function toEditorQuestion({ answeredBy, ...row }: EditorRow): EditorQuestion {
  return {
    ...row,
    kind: row.kind === 'comment' ? 'comment' : 'question',
    status: (QUESTION_STATUSES as readonly string[]).includes(row.status) ? (row.status as QuestionStatus) : 'new',
    answeredByName: answeredBy?.name ?? null,
  };
}

/** The queue, one status at a time: new ones oldest first (first come, first answered), the others newest first. */
export async function listEditorQuestions(
  { status, page }: { status: QuestionStatus; page: number },
  db: PrismaClient = prisma,
): Promise<{ questions: EditorQuestion[]; total: number; totalPages: number; page: number }> {
  const where = { ...NOT_IGNORED, status };
  const orderBy = status === 'new' ? [{ createdAt: 'asc' as const }, { id: 'asc' as const }] : [{ updatedAt: 'desc' as const }, { id: 'desc' as const }];
  const total = await db.question.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / EDITOR_QUESTIONS_PER_PAGE));
  const current = Math.min(Math.max(1, page), totalPages);
  const rows = await db.question.findMany({ where, orderBy, skip: (current - 1) * EDITOR_QUESTIONS_PER_PAGE, take: EDITOR_QUESTIONS_PER_PAGE, select: editorSelect });
  return { questions: rows.map(toEditorQuestion), total, totalPages, page: current };
}

/** How many questions each status holds, for the filter's labels. */
export async function countEditorQuestionsByStatus(db: PrismaClient = prisma): Promise<Record<QuestionStatus, number>> {
  const groups = await db.question.groupBy({ by: ['status'], where: NOT_IGNORED, _count: { _all: true } });
  const counts = Object.fromEntries(QUESTION_STATUSES.map((status) => [status, 0])) as Record<QuestionStatus, number>;
  for (const group of groups) {
    if (group.status in counts) counts[group.status as QuestionStatus] = group._count._all;
  }
  return counts;
}

/** New questions waiting for an answer: the number on the editor menu's "Hỏi đáp" link. */
export function countNewQuestions(db: PrismaClient = prisma): Promise<number> {
  return db.question.count({ where: { ...NOT_IGNORED, status: 'new' } });
}

/** One question with everything an editor needs to answer it, or null. */
export async function getEditorQuestion(id: string, db: PrismaClient = prisma): Promise<EditorQuestion | null> {
  const row = await db.question.findFirst({ where: { ...NOT_IGNORED, id }, select: editorSelect });
  return row ? toEditorQuestion(row) : null;
}
