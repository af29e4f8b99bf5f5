import 'server-only';
import { prisma, type PrismaClient } from '@/lib/db/client';
import { QUESTIONS_PER_PAGE, type QuestionKind } from '@/lib/domain/questions';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { publicAskerName } from '@/lib/questions/public-name';
import { questionPageCount } from '@/lib/questions/question-pages';
import { questionSearchPatterns } from '@/lib/questions/question-search-text';
import { MAX_QUERY_LENGTH, searchTerms } from '@/lib/search/fold';

/**
 * The only columns a public page reads. Never `contact`, `fingerprint` or the editor who
 * answered: a field not selected here cannot leak into a page or its payload (a unit test
 * holds this list to that).
 */
export const PUBLIC_QUESTION_SELECT = {
  id: true,
  kind: true,
  subject: true,
  name: true,
  content: true,
  answerHtml: true,
  createdAt: true,
  answeredAt: true,
  publishedAt: true,
  isSample: true,
} as const;

/** Only what editors published, never a honeypot catch. */
const PUBLISHED = { status: 'published', ignored: false } as const;

type PublicRow = {
  id: string;
  kind: string;
  subject: string;
  name: string;
  content: string;
  answerHtml: string;
  createdAt: Date;
  answeredAt: Date | null;
  publishedAt: Date | null;
  isSample: boolean;
};

/** A published question and its answer, as readers see it. */
export type PublicQuestion = {
  id: string;
  kind: QuestionKind;
  subject: string;
  /** shortened ("N.V. An"): the full name stays with the editors */
  askerName: string;
  content: string;
  /** sanitised again at render time, whatever was stored */
  answerHtml: string;
  askedAt: Date;
  answeredAt: Date;
  isSample: boolean;
};

export type PublicQuestionPage = { questions: PublicQuestion[]; page: number; totalPages: number; total: number };

function toPublicQuestion(row: PublicRow): PublicQuestion {
  return {
    id: row.id,
    kind: row.kind === 'comment' ? 'comment' : 'question',
    subject: row.subject,
    askerName: publicAskerName(row.name),
    content: row.content,
    answerHtml: sanitizeArticleHtml(row.answerHtml),
    askedAt: row.createdAt,
    answeredAt: row.answeredAt ?? row.publishedAt ?? row.createdAt,
    isSample: row.isSample,
  };
}

// Newest answer first: a question is published when it is answered, and its place stays put
// when an editor corrects it later.
const NEWEST_FIRST = [{ publishedAt: 'desc' }, { id: 'desc' }] as const;

/** One page of published questions, newest answer first. */
export async function getPublishedQuestionPage(page: number, db: PrismaClient = prisma): Promise<PublicQuestionPage> {
  const [total, rows] = await Promise.all([
    db.question.count({ where: PUBLISHED }),
    db.question.findMany({
      where: PUBLISHED,
      orderBy: [...NEWEST_FIRST],
      skip: (page - 1) * QUESTIONS_PER_PAGE,
      take: QUESTIONS_PER_PAGE,
      select: PUBLIC_QUESTION_SELECT,
    }),
  ]);
  return { questions: rows.map(toPublicQuestion), page, totalPages: questionPageCount(total), total };
}

/** How many questions are on the public page (which listing pages a change touches). */
export function countPublishedQuestions(db: PrismaClient = prisma): Promise<number> {
  return db.question.count({ where: PUBLISHED });
}

export type QuestionSearchResults = PublicQuestionPage & {
  /** the query as the reader typed it (trimmed, cut to the longest we look at) */
  query: string;
  /** the folded words every result contains, for highlighting */
  terms: string[];
};

/**
 * Published questions whose subject, question or answer contain every word of the query at the
 * start of a word, with or without diacritics ("dang ky" finds "Đăng ký"), newest first.
 */
export async function searchPublishedQuestions(query: string, page: number, db: PrismaClient = prisma): Promise<QuestionSearchResults> {
  const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
  const terms = searchTerms(trimmed);
  if (terms.length === 0) return { query: trimmed, terms, questions: [], page: 1, totalPages: 1, total: 0 };
  const where = { ...PUBLISHED, AND: questionSearchPatterns(trimmed).map((pattern) => ({ searchText: { contains: pattern } })) };
  const [total, rows] = await Promise.all([
    db.question.count({ where }),
    db.question.findMany({
      where,
      orderBy: [...NEWEST_FIRST],
      skip: (page - 1) * QUESTIONS_PER_PAGE,
      take: QUESTIONS_PER_PAGE,
      select: PUBLIC_QUESTION_SELECT,
    }),
  ]);
  return { query: trimmed, terms, questions: rows.map(toPublicQuestion), page, totalPages: questionPageCount(total), total };
}
