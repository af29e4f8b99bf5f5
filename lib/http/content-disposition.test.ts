import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('names the file in ASCII for old clients and exactly in UTF-8 for the rest', () => {
    expect(contentDisposition('Quyết định 12.pdf')).toBe(
      `attachment; filename="Quyet dinh 12.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012.pdf`,
    );
  });

  it('never lets a name break out of the header value', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x.pdf', 'inline');
    expect(header.startsWith('inline; filename="a_b_c__Set-Cookie: x.pdf"; filename*=UTF-8\'\'a%22b%5Cc%0D%0ASet-Cookie%3A%20x.pdf')).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
    expect(contentDisposition('')).toContain('filename="tep"');
  });
});
