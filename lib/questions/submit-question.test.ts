import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';

vi.stubEnv('AUTH_SECRET', 'unit-test-secret');

const { createRateLimiter } = await import('@/lib/security/rate-limit');
const { QUESTIONS_PER_NETWORK, QUESTION_WINDOW_SECONDS } = await import('@/lib/domain/questions');
const { INVALID_QUESTION_MESSAGE, submitQuestion } = await import('./submit-question');

let db: TestDatabaseWithClient;
let addressCounter = 0;

beforeAll(async () => {
  db = await createTestDatabaseWithClient();
});

afterAll(async () => {
  await db?.dispose();
});

const citizen = (address = `203.0.113.${++addressCounter % 250}`) => ({
  headers: new Headers({ 'x-forwarded-for': address, 'user-agent': 'Mozilla/5.0 test' }),
});
const limiter = () => createRateLimiter(`test-questions-${Math.random()}`, { points: QUESTIONS_PER_NETWORK, durationSeconds: QUESTION_WINDOW_SECONDS });

const question = {
  kind: 'question',
  subject: '',
  name: 'Nguyễn Văn An',
  contact: '0912 345 678',
  content: 'Xin hỏi đăng ký tạm trú cần những giấy tờ gì?',
  website: '',
};

describe('submitQuestion', () => {
  it('stores a new question, not public, with a keyed fingerprint and never the address', async () => {
    const address = '203.0.113.77';
    const outcome = await submitQuestion(question, citizen(address), { db: db.prisma, limiter: limiter() });
    expect(outcome).toEqual({
      status: 201,
      state: {
        ok: true,
        message:
          'Đã nhận câu hỏi của bạn. Cảm ơn bạn! Câu hỏi sẽ được công khai trên trang này sau khi được trả lời; email hoặc số điện thoại của bạn không được công khai.',
      },
    });
    const stored = await db.prisma.question.findFirstOrThrow({ where: { content: question.content } });
    expect(stored).toMatchObject({ kind: 'question', status: 'new', ignored: false, name: 'Nguyễn Văn An', contact: '0912 345 678', answerHtml: '', publishedAt: null });
    expect(stored.fingerprint).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(stored.searchText).toBe(' xin hoi dang ky tam tru can nhung giay to gi ');
    expect(JSON.stringify(stored)).not.toContain(address);
  });

  it('confirms a comment on a draft in its own words', async () => {
    const outcome = await submitQuestion(
      { ...question, kind: 'comment', subject: 'Dự thảo quy chế', content: 'Đề nghị bổ sung điều khoản về vỉa hè.' },
      citizen(),
      { db: db.prisma, limiter: limiter() },
    );
    expect(outcome.status).toBe(201);
    expect(outcome.state.message).toMatch(/^Đã nhận góp ý của bạn\./);
  });

  it('refuses invalid input with a 400, messages per field, what was typed, and stores nothing', async () => {
    const before = await db.prisma.question.count();
    const typed = { ...question, contact: 'gọi tôi nhé', content: 'ngắn' };
    const outcome = await submitQuestion(typed, citizen(), { db: db.prisma, limiter: limiter() });
    expect(outcome).toMatchObject({
      status: 400,
      state: {
        ok: false,
        message: INVALID_QUESTION_MESSAGE,
        fieldErrors: {
          contact: 'Email hoặc số điện thoại chưa đúng. Ví dụ: ten@example.com hoặc 0912 345 678.',
          content: 'Nội dung quá ngắn: vui lòng viết ít nhất 10 ký tự.',
        },
        values: { kind: 'question', name: 'Nguyễn Văn An', contact: 'gọi tôi nhé', content: 'ngắn' },
      },
    });
    expect(await db.prisma.question.count()).toBe(before);
  });

  it('keeps a honeypot submission out of the queue and answers it like any other', async () => {
    const content = 'Câu hỏi do chương trình tự động gửi đến phường.';
    const outcome = await submitQuestion({ ...question, content, website: 'http://spam.example' }, citizen(), { db: db.prisma, limiter: limiter() });
    expect(outcome.status).toBe(201);
    expect(outcome.state.message).toMatch(/^Đã nhận câu hỏi của bạn\./);
    expect(await db.prisma.question.findFirstOrThrow({ where: { content } })).toMatchObject({ ignored: true, status: 'new' });
  });

  it(`takes ${QUESTIONS_PER_NETWORK} submissions per network per window, then refuses with a 429 and when to retry`, async () => {
    const shared = limiter();
    const network = citizen('198.51.100.9');
    for (let i = 0; i < QUESTIONS_PER_NETWORK; i++) {
      const outcome = await submitQuestion({ ...question, content: `Câu hỏi số ${i + 1} của cùng một mạng.` }, network, { db: db.prisma, limiter: shared });
      expect(outcome.status).toBe(201);
    }
    const before = await db.prisma.question.count();
    const refused = await submitQuestion(question, network, { db: db.prisma, limiter: shared });
    expect(refused.status).toBe(429);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.state).toMatchObject({ ok: false, values: { content: question.content } });
    expect(refused.state.message).toMatch(/^Bạn đã gửi quá nhiều lần trong thời gian ngắn nên lần gửi này chưa được nhận\. Vui lòng thử lại sau \d+ phút\.$/);
    expect(await db.prisma.question.count()).toBe(before);

    // Another network is not affected; an IPv6 phone rotating inside its /64 is one network.
    expect((await submitQuestion(question, citizen('198.51.100.10'), { db: db.prisma, limiter: shared })).status).toBe(201);
    for (let i = 0; i < QUESTIONS_PER_NETWORK; i++) {
      expect((await submitQuestion(question, citizen(`2001:db8:1:2::${i + 1}`), { db: db.prisma, limiter: shared })).status).toBe(201);
    }
    expect((await submitQuestion(question, citizen('2001:db8:1:2::ff'), { db: db.prisma, limiter: shared })).status).toBe(429);
  });

  it('does not count invalid attempts against the limit (a citizen correcting a typo is not a flood)', async () => {
    const shared = limiter();
    const network = citizen('198.51.100.20');
    for (let i = 0; i < QUESTIONS_PER_NETWORK * 2; i++) {
      expect((await submitQuestion({ ...question, contact: 'sai' }, network, { db: db.prisma, limiter: shared })).status).toBe(400);
    }
    expect((await submitQuestion(question, network, { db: db.prisma, limiter: shared })).status).toBe(201);
  });
});
