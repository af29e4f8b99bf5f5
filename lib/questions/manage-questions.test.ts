import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { ActionError } from '@/lib/actions/action-error';
import { questionAnswerSchema } from '@/lib/validation/question';
import { cleanAnswerHtml, deleteQuestion, publishQuestion, rejectQuestion, saveQuestionAnswer, unpublishQuestion } from './manage-questions';

let db: TestDatabaseWithClient;
let editor: Actor;
let contributor: Actor;

beforeAll(async () => {
  db = await createTestDatabaseWithClient();
  editor = await db.prisma.user.create({ data: { email: 'bt@example.test', name: 'Biên Tập', passwordHash: 'x', role: 'editor' }, select: { id: true, role: true } }) as Actor;
  contributor = await db.prisma.user.create({ data: { email: 'ct@example.test', name: 'Cộng Tác', passwordHash: 'x', role: 'contributor' }, select: { id: true, role: true } }) as Actor;
});

afterAll(async () => {
  await db?.dispose();
});

let counter = 0;
async function newQuestion(data: Record<string, unknown> = {}) {
  counter += 1;
  return db.prisma.question.create({
    data: { kind: 'question', name: 'Nguyễn Văn An', contact: 'an@example.com', content: `Câu hỏi số ${counter}, gọi tôi 0912345678`, ...data },
  });
}
const answer = (id: string, fields: Record<string, unknown>) =>
  questionAnswerSchema.parse({ id, subject: '', content: 'Câu hỏi đã bỏ thông tin cá nhân', answerHtml: '', ...fields });
const sectionTime = async () => (await db.prisma.sectionUpdate.findUnique({ where: { key: 'hoi-dap' } }))?.updatedAt ?? null;
const logs = (id: string) => db.prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { id: 'asc' } });

describe('cleanAnswerHtml', () => {
  it('sanitises the answer and treats an empty editor as no answer', () => {
    expect(cleanAnswerHtml('<p onclick="alert(1)">Trả lời<script>alert(1)</script></p><img src="javascript:alert(1)" onerror="alert(1)">')).toBe(
      '<p>Trả lời</p><img loading="lazy" decoding="async" />',
    );
    expect(cleanAnswerHtml('<p></p>')).toBe('');
    expect(cleanAnswerHtml('<p> &nbsp; </p>')).toBe('');
  });
});

describe('answering and publishing', () => {
  it('saves an answer (not public), then publishes it: section dated, audit logged, question text edited', async () => {
    const question = await newQuestion();
    const before = await sectionTime();
    const saved = await saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p>Mang theo CCCD.</p><script>x</script>' }));
    expect(saved).toEqual({ id: question.id, status: 'answered', publicChanged: false });
    let stored = await db.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored).toMatchObject({ status: 'answered', answerHtml: '<p>Mang theo CCCD.</p>', answeredById: editor.id, content: 'Câu hỏi đã bỏ thông tin cá nhân', publishedAt: null });
    expect(stored.answeredAt).not.toBeNull();
    expect(stored.searchText).toContain(' mang theo cccd ');
    expect(stored.searchText).not.toContain('0912345678');
    expect(await sectionTime()).toEqual(before);

    const published = await saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p>Mang theo CCCD.</p>', publish: true }));
    expect(published).toEqual({ id: question.id, status: 'published', publicChanged: true });
    stored = await db.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.status).toBe('published');
    expect(stored.publishedAt).not.toBeNull();
    expect(await sectionTime()).not.toEqual(before);

    const entries = await logs(question.id);
    expect(entries.map((entry) => entry.action)).toEqual(['question.answer', 'question.publish']);
    expect(entries.every((entry) => entry.actorId === editor.id && entry.targetType === 'question')).toBe(true);
    // the log says what changed, never who asked or how to reach them
    for (const entry of entries) expect(entry.detail).not.toMatch(/an@example\.com|Nguyễn Văn An|0912345678/);
  });

  it('refuses to publish without an answer, and to empty the answer of a published question', async () => {
    const question = await newQuestion();
    await expect(saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p></p>', publish: true }))).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { answerHtml: 'Vui lòng viết câu trả lời trước khi công khai.' },
    });
    await expect(publishQuestion(db.prisma, editor, { id: question.id })).rejects.toBeInstanceOf(ActionError);
    expect((await db.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).status).toBe('new');

    await saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p>Có.</p>', publish: true }));
    await expect(saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '' }))).rejects.toMatchObject({ code: 'invalid' });
  });

  it('edits of a published question refresh the page; saving nothing new does not', async () => {
    const question = await newQuestion();
    await saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p>Một.</p>', publish: true }));
    const firstPublished = (await db.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).publishedAt;
    expect(await saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p>Hai.</p>' }))).toEqual({ id: question.id, status: 'published', publicChanged: true });
    expect(await saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p>Hai.</p>' }))).toEqual({ id: question.id, status: 'published', publicChanged: false });
    // its place in the list does not move with a correction
    expect((await db.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).publishedAt).toEqual(firstPublished);
  });

  it('unpublishes (keeping the answer), publishes again, rejects and deletes, each logged', async () => {
    const question = await newQuestion();
    await saveQuestionAnswer(db.prisma, editor, answer(question.id, { answerHtml: '<p>Trả lời.</p>', publish: true }));
    expect(await unpublishQuestion(db.prisma, editor, { id: question.id })).toEqual({ id: question.id, status: 'answered', publicChanged: true });
    expect(await db.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ status: 'answered', answerHtml: '<p>Trả lời.</p>' });
    expect(await unpublishQuestion(db.prisma, editor, { id: question.id })).toMatchObject({ publicChanged: false });
    expect(await publishQuestion(db.prisma, editor, { id: question.id })).toEqual({ id: question.id, status: 'published', publicChanged: true });
    expect(await rejectQuestion(db.prisma, editor, { id: question.id })).toEqual({ id: question.id, status: 'rejected', publicChanged: true });
    expect(await deleteQuestion(db.prisma, editor, { id: question.id })).toEqual({ id: question.id, status: 'deleted', publicChanged: false });
    expect(await db.prisma.question.findUnique({ where: { id: question.id } })).toBeNull();
    expect((await logs(question.id)).map((entry) => entry.action)).toEqual([
      'question.answer',
      'question.publish',
      'question.unpublish',
      'question.publish',
      'question.reject',
      'question.delete',
    ]);
  });

  it('lets no contributor act, and finds no honeypot catch', async () => {
    const question = await newQuestion();
    for (const act of [
      () => saveQuestionAnswer(db.prisma, contributor, answer(question.id, { answerHtml: '<p>x</p>' })),
      () => publishQuestion(db.prisma, contributor, { id: question.id }),
      () => unpublishQuestion(db.prisma, contributor, { id: question.id }),
      () => rejectQuestion(db.prisma, contributor, { id: question.id }),
      () => deleteQuestion(db.prisma, contributor, { id: question.id }),
    ]) {
      await expect(act()).rejects.toMatchObject({ code: 'forbidden' });
    }
    const caught = await newQuestion({ ignored: true });
    await expect(saveQuestionAnswer(db.prisma, editor, answer(caught.id, { answerHtml: '<p>x</p>', publish: true }))).rejects.toMatchObject({ code: 'not-found' });
    await expect(deleteQuestion(db.prisma, editor, { id: caught.id })).rejects.toMatchObject({ code: 'not-found' });
  });
});
