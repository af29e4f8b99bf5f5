import { describe, expect, it } from 'vitest';
import { demoteHeadings } from './demote-headings';

describe('demoteHeadings', () => {
  it('moves headings one level down, opening and closing tags alike', () => {
    expect(demoteHeadings('<h2>Nhiệm vụ</h2><p>Chữ</p><h3 title="x">Phần</h3>')).toBe('<h3>Nhiệm vụ</h3><p>Chữ</p><h4 title="x">Phần</h4>');
  });

  it('stops at h6 and leaves other tags alone', () => {
    expect(demoteHeadings('<h6>a</h6><hr><header>b</header>', 2)).toBe('<h6>a</h6><hr><header>b</header>');
  });
});
