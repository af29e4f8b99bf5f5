import { describe, expect, it } from 'vitest';
import { articleChangePaths } from './article-paths';

describe('articleChangePaths', () => {
  it('covers the article and its share picture, the home page, its category, the sitemap, the feeds and search', () => {
    expect(articleChangePaths({ slugs: ['bai-moi'], categorySlugs: ['thong-bao'] }).sort()).toEqual(
      [
        '/',
        '/chuyen-muc/thong-bao',
        '/chuyen-muc/thong-bao/rss.xml',
        '/rss.xml',
        '/sitemap.xml',
        '/tim-kiem',
        '/tin-tuc/bai-moi',
        '/tin-tuc/bai-moi/og-image.png',
      ].sort(),
    );
  });

  it('keeps the old slug and the old category of a moved, renamed article', () => {
    const paths = articleChangePaths({ slugs: ['ten-cu', 'ten-moi'], categorySlugs: ['tin-tuc-su-kien', 'thong-bao'] });
    expect(paths).toContain('/tin-tuc/ten-cu');
    expect(paths).toContain('/tin-tuc/ten-moi');
    expect(paths).toContain('/tin-tuc/ten-moi/og-image.png');
    expect(paths).toContain('/chuyen-muc/tin-tuc-su-kien');
    expect(paths).toContain('/chuyen-muc/tin-tuc-su-kien/rss.xml');
    expect(paths).toContain('/chuyen-muc/thong-bao');
    expect(paths).toContain('/chuyen-muc/thong-bao/rss.xml');
  });

  it('lists each path once and ignores empty slugs', () => {
    const paths = articleChangePaths({ slugs: ['a', 'a', ''], categorySlugs: ['c', 'c', ''] });
    expect(paths).toHaveLength(8);
  });
});
