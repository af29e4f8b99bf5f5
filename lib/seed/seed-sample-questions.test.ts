import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { runSeed } from './seed-content';
import { SAMPLE_QUESTIONS, sampleQuestionsStep } from './seed-sample-questions';

let db: TestDatabaseWithClient;

beforeAll(async () => {
  db = await createTestDatabaseWithClient();
});

afterAll(async () => {
  await db?.dispose();
});

describe('the sample questions seed step', () => {
  it('adds the samples answered, published, searchable and marked as samples, and dates the section', async () => {
    expect(await runSeed(db.prisma, [sampleQuestionsStep])).toEqual(['2025-hoi-dap-mau']);
    const questions = await db.prisma.question.findMany({ orderBy: { publishedAt: 'asc' } });
    expect(questions).toHaveLength(SAMPLE_QUESTIONS.length);
    for (const question of questions) {
      expect(question).toMatchObject({ status: 'published', isSample: true, ignored: false, contact: '' });
      expect(question.answerHtml).toMatch(/^<p>/);
      expect(question.searchText).toContain(' uy ban nhan dan ');
      expect(question.publishedAt!.getTime()).toBeGreaterThan(question.createdAt.getTime());
    }
    expect(questions.map((q) => q.kind)).toContain('comment');
    expect(questions[0].searchText).toContain(' khai sinh ');
    expect(await db.prisma.sectionUpdate.findUnique({ where: { key: 'hoi-dap' } })).not.toBeNull();
  });

  it('runs once: questions deleted by an editor do not come back', async () => {
    await db.prisma.question.deleteMany();
    expect(await runSeed(db.prisma, [sampleQuestionsStep])).toEqual([]);
    expect(await db.prisma.question.count()).toBe(0);
  });
});
