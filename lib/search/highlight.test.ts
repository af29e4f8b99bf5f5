import { describe, expect, it } from 'vitest';
import { searchTerms } from './fold';
import { highlightMatches, matchingPassage } from './highlight';

const marked = (text: string, query: string) =>
  highlightMatches(text, searchTerms(query))
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightMatches', () => {
  it('marks the words of the text that match, whatever diacritics the query has', () => {
    expect(marked('Đảng ủy phường tổ chức Hội nghị', 'dang uy')).toBe('[Đảng ủy] phường tổ chức Hội nghị');
    expect(marked('phong trào thi đua “Dân vận khéo”', 'DAN VAN KHEO')).toBe('phong trào thi đua “[Dân vận khéo]”');
  });

  it('marks whole words only', () => {
    expect(marked('Dân vận, dân chủ, Dâng hương', 'dan')).toBe('[Dân] vận, [dân] chủ, Dâng hương');
  });

  it('keeps every character of the text, in order', () => {
    const text = 'a <b>tag</b> & “quotes” — Đảng';
    const segments = highlightMatches(text, searchTerms('tag dang'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['tag', 'Đảng']);
  });

  it('marks nothing when nothing matches', () => {
    expect(highlightMatches('Thông báo', ['dan'])).toEqual([{ text: 'Thông báo', match: false }]);
  });
});

describe('matchingPassage', () => {
  const words = Array.from({ length: 120 }, (_, i) => `từ${i}`);
  const text = [...words.slice(0, 80), 'Đảng', 'ủy', ...words.slice(80)].join(' ');

  it('shows the text around the first match, cut at word boundaries', () => {
    const passage = matchingPassage(text, searchTerms('dang uy'), 120);
    expect(passage).toContain('Đảng ủy');
    expect(passage.startsWith('…')).toBe(true);
    expect(passage.endsWith('…')).toBe(true);
    expect(passage.length).toBeLessThanOrEqual(122);
    expect(passage.slice(1, -1).split(' ').every((word) => /^(từ\d+|Đảng|ủy)$/.test(word))).toBe(true);
  });

  it('shows the start of the text when nothing matches, and short texts whole', () => {
    expect(matchingPassage(text, ['khong'], 60).startsWith('từ0 từ1')).toBe(true);
    expect(matchingPassage('Ngắn gọn', ['dan'])).toBe('Ngắn gọn');
  });
});
