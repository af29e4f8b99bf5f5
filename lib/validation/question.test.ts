import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_LENGTH } from '@/lib/domain/questions';
import { fieldErrorsOf } from './zod';
import { contactKind, QUESTION_MESSAGES, questionAnswerSchema, questionFormValues, questionSubmissionSchema } from './question';

const valid = {
  kind: 'question',
  subject: '',
  name: 'Nguyễn Văn An',
  contact: 'an@example.com',
  content: 'Xin hỏi thủ tục đăng ký khai sinh cần những giấy tờ gì?',
  website: '',
};

const errorsOf = (input: unknown) => {
  const parsed = questionSubmissionSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('contactKind', () => {
  it('accepts an email address or a Vietnamese phone number, written as people write them', () => {
    for (const email of ['an@example.com', 'Nguyen.An+hoi@phuong.gov.vn']) expect(contactKind(email), email).toBe('email');
    for (const phone of ['0912345678', '0912 345 678', '091.234.5678', '+84 912 345 678', '84912345678', '0254 3 888 999', '(0254) 3888999', '028-3829-1234']) {
      expect(contactKind(phone), phone).toBe('phone');
    }
  });

  it('refuses anything else', () => {
    for (const value of ['', 'an@', 'an@example', 'an example.com', '12345', '091234567', '09123456789012', '0012345678', 'gọi tôi', '0912 abc 678', '+1 415 555 0100']) {
      expect(contactKind(value), value).toBeNull();
    }
  });
});

describe('questionSubmissionSchema', () => {
  it('accepts a question, tidying the typed text (outer spaces, line ends, decomposed letters)', () => {
    const parsed = questionSubmissionSchema.parse({ ...valid, name: '  Nguye\u0302\u0303n Văn An ', content: ' Dòng một\r\nDòng hai là câu hỏi ' });
    expect(parsed).toMatchObject({ kind: 'question', name: 'Nguyễn Văn An', content: 'Dòng một\nDòng hai là câu hỏi', website: '' });
  });

  it('asks for the draft a comment is about, and only for a comment', () => {
    expect(errorsOf({ ...valid, kind: 'comment' })).toEqual({ subject: QUESTION_MESSAGES.subjectRequired });
    expect(errorsOf({ ...valid, kind: 'comment', subject: 'Dự thảo Kế hoạch chỉnh trang vỉa hè' })).toEqual({});
    expect(errorsOf({ ...valid, kind: 'question', subject: '' })).toEqual({});
  });

  it('says in Vietnamese what is wrong with every field at once', () => {
    expect(errorsOf({ kind: 'comment', subject: '', name: ' ', contact: 'không có', content: 'ngắn', website: '' })).toEqual({
      subject: QUESTION_MESSAGES.subjectRequired,
      name: QUESTION_MESSAGES.nameRequired,
      contact: QUESTION_MESSAGES.contactInvalid,
      content: QUESTION_MESSAGES.contentTooShort,
    });
    expect(errorsOf({})).toEqual({
      kind: QUESTION_MESSAGES.kind,
      name: QUESTION_MESSAGES.nameRequired,
      contact: QUESTION_MESSAGES.contactRequired,
      content: QUESTION_MESSAGES.contentRequired,
    });
    expect(errorsOf({ ...valid, kind: 'khác' })).toEqual({ kind: QUESTION_MESSAGES.kind });
  });

  it('limits the length of each field and says how long the content was', () => {
    const long = 'a'.repeat(MAX_CONTENT_LENGTH + 1);
    expect(errorsOf({ ...valid, content: long })).toEqual({ content: 'Nội dung dài tối đa 5.000 ký tự (bạn đã nhập 5.001 ký tự). Vui lòng rút gọn.' });
    expect(errorsOf({ ...valid, content: 'a'.repeat(MAX_CONTENT_LENGTH) })).toEqual({});
    expect(errorsOf({ ...valid, name: 'A'.repeat(101) })).toEqual({ name: QUESTION_MESSAGES.nameTooLong });
    expect(errorsOf({ ...valid, subject: 'S'.repeat(201) })).toEqual({ subject: QUESTION_MESSAGES.subjectTooLong });
    expect(errorsOf({ ...valid, contact: `${'a'.repeat(250)}@example.com` })).toEqual({ contact: QUESTION_MESSAGES.contactInvalid });
  });

  it('refuses values that are not text (a script calling the action with anything)', () => {
    expect(Object.keys(errorsOf({ ...valid, name: 42, content: ['a', 'b'] })).sort()).toEqual(['content', 'name']);
    expect(questionSubmissionSchema.safeParse('chuỗi').success).toBe(false);
    expect(questionSubmissionSchema.safeParse(null).success).toBe(false);
  });

  it('keeps the honeypot for the caller to judge', () => {
    expect(questionSubmissionSchema.parse({ ...valid, website: 'http://spam.example' }).website).toBe('http://spam.example');
  });
});

describe('questionFormValues', () => {
  it('gives back what was typed, as text, cut to a sane length', () => {
    expect(questionFormValues({ ...valid, contact: 42, content: 'x'.repeat(20_000) })).toEqual({
      kind: 'question',
      subject: '',
      name: 'Nguyễn Văn An',
      contact: '',
      content: 'x'.repeat(MAX_CONTENT_LENGTH * 2),
    });
    expect(questionFormValues(null)).toEqual({ kind: '', subject: '', name: '', contact: '', content: '' });
  });
});

describe('questionAnswerSchema', () => {
  it('reads the publish flag from a form or an object', () => {
    const base = { id: 'q1', subject: '', content: 'Câu hỏi', answerHtml: '<p>Trả lời</p>' };
    expect(questionAnswerSchema.parse({ ...base, publish: 'true' }).publish).toBe(true);
    expect(questionAnswerSchema.parse({ ...base, publish: true }).publish).toBe(true);
    expect(questionAnswerSchema.parse(base).publish).toBe(false);
    expect(questionAnswerSchema.safeParse({ ...base, content: ' ' }).success).toBe(false);
  });
});
