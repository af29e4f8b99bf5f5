import { describe, expect, it } from 'vitest';
import { documentChangePaths } from './document-paths';

describe('documentChangePaths', () => {
  it('names the document under each slug and every numbered registry page, plus one past the last', () => {
    expect(documentChangePaths({ slugs: ['cu', 'moi', 'moi', null], publishedCount: 45 })).toEqual([
      '/van-ban/cu',
      '/van-ban/moi',
      '/van-ban/trang/2',
      '/van-ban/trang/3',
      '/van-ban/trang/4',
    ]);
  });

  it('refreshes page 2 when the registry shrinks to one page (it must stop being served)', () => {
    expect(documentChangePaths({ slugs: ['a'], publishedCount: 20 })).toEqual(['/van-ban/a', '/van-ban/trang/2']);
    expect(documentChangePaths({ slugs: [], publishedCount: 0 })).toEqual([]);
  });
});
