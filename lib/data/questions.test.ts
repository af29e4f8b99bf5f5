import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { QUESTIONS_PER_PAGE } from '@/lib/domain/questions';
import { questionSearchText } from '@/lib/questions/question-search-text';
import { countPublishedQuestions, getPublishedQuestionPage, PUBLIC_QUESTION_SELECT, searchPublishedQuestions } from './questions';

let db: TestDatabaseWithClient;
const CONTACT = 'bi-mat@example.com';
const FINGERPRINT = 'fingerprint-secret-123';

beforeAll(async () => {
  db = await createTestDatabaseWithClient();
  const add = (content: string, data: Record<string, unknown> = {}) =>
    db.prisma.question.create({
      data: {
        kind: 'question',
        name: 'Nguyễn Văn An',
        contact: CONTACT,
        fingerprint: FINGERPRINT,
        content,
        answerHtml: '<p>Trả lời về đăng ký khai sinh.</p><script>alert(1)</script>',
        searchText: questionSearchText({ subject: '', content, answerHtml: '<p>Trả lời về đăng ký khai sinh.</p>' }),
        ...data,
      },
    });
  for (let i = 0; i < QUESTIONS_PER_PAGE + 2; i++) {
    await add(`Câu hỏi công khai số ${i + 1} về giấy tờ`, { status: 'published', publishedAt: new Date(Date.UTC(2025, 0, i + 1)), answeredAt: new Date(Date.UTC(2025, 0, i + 1)) });
  }
  await add('Câu hỏi mới chưa trả lời về giấy tờ', { status: 'new' });
  await add('Câu hỏi đã trả lời nhưng chưa công khai về giấy tờ', { status: 'answered' });
  await add('Câu hỏi bị từ chối về giấy tờ', { status: 'rejected' });
  await add('Câu hỏi của chương trình tự động về giấy tờ', { status: 'published', ignored: true, publishedAt: new Date() });
});

afterAll(async () => {
  await db?.dispose();
});

describe('the public reads of questions', () => {
  it('never select the contact details, the fingerprint or who answered', () => {
    expect(Object.keys(PUBLIC_QUESTION_SELECT)).not.toContain('contact');
    expect(Object.keys(PUBLIC_QUESTION_SELECT)).not.toContain('fingerprint');
    expect(Object.keys(PUBLIC_QUESTION_SELECT)).not.toContain('answeredBy');
    expect(Object.keys(PUBLIC_QUESTION_SELECT)).not.toContain('answeredById');
  });

  it('ask the database only for the public columns, and hand out nothing personal', async () => {
    const findMany = vi.spyOn(db.prisma.question, 'findMany');
    const page = await getPublishedQuestionPage(1, db.prisma);
    const search = await searchPublishedQuestions('giay to', 1, db.prisma);
    expect(findMany).toHaveBeenCalledTimes(2);
    for (const [args] of findMany.mock.calls) {
      expect(args?.select).toBe(PUBLIC_QUESTION_SELECT);
      expect(JSON.stringify(args?.select)).not.toContain('contact');
    }
    findMany.mockRestore();
    for (const result of [page, search]) {
      const json = JSON.stringify(result);
      expect(json).not.toContain(CONTACT);
      expect(json).not.toContain(FINGERPRINT);
      expect(json).not.toContain('Nguyễn Văn An');
      expect(result.questions[0].askerName).toBe('N.V. An');
      expect(result.questions[0].answerHtml).toBe('<p>Trả lời về đăng ký khai sinh.</p>');
    }
  });

  it('list only published questions, newest answer first, a page at a time', async () => {
    const first = await getPublishedQuestionPage(1, db.prisma);
    expect(first).toMatchObject({ page: 1, totalPages: 2, total: QUESTIONS_PER_PAGE + 2 });
    expect(first.questions).toHaveLength(QUESTIONS_PER_PAGE);
    expect(first.questions[0].content).toBe(`Câu hỏi công khai số ${QUESTIONS_PER_PAGE + 2} về giấy tờ`);
    const second = await getPublishedQuestionPage(2, db.prisma);
    expect(second.questions.map((q) => q.content)).toEqual(['Câu hỏi công khai số 2 về giấy tờ', 'Câu hỏi công khai số 1 về giấy tờ']);
    expect(await countPublishedQuestions(db.prisma)).toBe(QUESTIONS_PER_PAGE + 2);
  });

  it('search published questions and answers without diacritics, at the start of words', async () => {
    const all = await searchPublishedQuestions('GIẤY TỜ', 1, db.prisma);
    expect(all).toMatchObject({ query: 'GIẤY TỜ', terms: ['giay', 'to'], total: QUESTIONS_PER_PAGE + 2, totalPages: 2 });
    expect(all.questions.every((q) => q.content.startsWith('Câu hỏi công khai'))).toBe(true);
    expect((await searchPublishedQuestions('khai sinh', 1, db.prisma)).total).toBe(QUESTIONS_PER_PAGE + 2);
    expect((await searchPublishedQuestions('cong khai so 3', 1, db.prisma)).questions.map((q) => q.content)).toEqual(['Câu hỏi công khai số 3 về giấy tờ']);
    expect((await searchPublishedQuestions('iay', 1, db.prisma)).total).toBe(0);
    expect((await searchPublishedQuestions('tu choi', 1, db.prisma)).total).toBe(0);
    expect((await searchPublishedQuestions('tu dong', 1, db.prisma)).total).toBe(0);
    expect(await searchPublishedQuestions('  ', 1, db.prisma)).toMatchObject({ terms: [], questions: [], total: 0 });
    // LIKE wildcards in a query are words like any other
    expect((await searchPublishedQuestions('%_', 1, db.prisma)).total).toBe(0);
  });
});
