import { describe, expect, it } from 'vitest';
import { readSeedPage } from '@/lib/seed/seed-page';
import { excerpt, firstSentence, htmlToText } from './excerpt';

describe('firstSentence', () => {
  it('takes the first sentence of the seed article, dates and commas included', () => {
    const body = readSeedPage().article.paragraphs.join(' ');
    const sentence = firstSentence(body);
    expect(sentence.startsWith('Chiều ngày 28/6, Đảng ủy phường tổ chức Hội nghị Sơ kết công tác Dân vận')).toBe(true);
    expect(sentence.endsWith('6 tháng cuối năm 2023.')).toBe(true);
    expect(sentence).not.toContain('Đồng chí Phan Thị Kiếm');
  });

  it('does not stop at an abbreviation or a number', () => {
    expect(firstSentence('Đoàn công tác TP. Hồ Chí Minh thăm phường ngày 1.7.2023 và làm việc. Câu sau.')).toBe(
      'Đoàn công tác TP. Hồ Chí Minh thăm phường ngày 1.7.2023 và làm việc.',
    );
  });

  it('cuts a very long sentence, and takes a text without full stop whole', () => {
    const long = `${'từ '.repeat(200)}cuối. Câu sau.`;
    expect(firstSentence(long).length).toBeLessThanOrEqual(301);
    expect(firstSentence(long).endsWith('…')).toBe(true);
    expect(firstSentence('Thông báo lịch tiếp công dân')).toBe('Thông báo lịch tiếp công dân');
  });
});

describe('htmlToText and excerpt', () => {
  it('reads the text of article HTML', () => {
    expect(htmlToText('<p>Dân &amp; vận</p><p>khéo</p>')).toBe('Dân & vận khéo');
    expect(excerpt('một hai ba bốn năm', 10)).toBe('một hai…');
  });
});
