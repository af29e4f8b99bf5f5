import { describe, expect, it } from 'vitest';
import { questionSearchPatterns, questionSearchText } from './question-search-text';

describe('questionSearchText', () => {
  it('folds subject, question and answer text into words, each after a space', () => {
    expect(
      questionSearchText({ subject: 'Đăng ký', content: 'Khai sinh cho con?', answerHtml: '<p>Theo <strong>Luật Hộ tịch</strong> 2014&nbsp;…</p>' }),
    ).toBe(' dang ky khai sinh cho con theo luat ho tich 2014 ');
    expect(questionSearchText({ subject: '', content: '', answerHtml: '<p></p>' })).toBe('');
  });

  it('matches query words at the start of a word, with or without diacritics', () => {
    const text = questionSearchText({ subject: '', content: 'Đăng ký khai sinh', answerHtml: '' });
    const matches = (query: string) => questionSearchPatterns(query).every((pattern) => text.includes(pattern));
    expect(matches('dang ky')).toBe(true);
    expect(matches('ĐĂNG KÝ')).toBe(true);
    expect(matches('khai')).toBe(true);
    expect(matches('kha')).toBe(true);
    expect(matches('ang')).toBe(false);
    expect(matches('dang ket')).toBe(false);
    expect(questionSearchPatterns('  ')).toEqual([]);
  });
});
