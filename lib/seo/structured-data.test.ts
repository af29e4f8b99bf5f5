import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '@/lib/domain/site-settings';
import { breadcrumbList, governmentOrganization, newsArticle, serializeJsonLd } from './structured-data';

const base = 'https://phuochung.example.gov.vn';
const confirmedSettings: SiteSettings = {
  ...DEFAULT_SITE_SETTINGS,
  address: { value: '12 Trần Phú, Phường Phước Hưng', isSample: false },
  phone: { value: '0254 123 456', isSample: false },
};

describe('governmentOrganization', () => {
  it('names the office and gives only the contact details editors have confirmed', () => {
    const organization = governmentOrganization(confirmedSettings, base);
    expect(organization).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Ủy ban nhân dân Phường Phước Hưng',
      url: `${base}/`,
      address: { '@type': 'PostalAddress', streetAddress: '12 Trần Phú, Phường Phước Hưng', addressCountry: 'VN' },
      telephone: '0254 123 456',
    });
    // still the shipped sample value
    expect(organization).not.toHaveProperty('email');
    expect(governmentOrganization(DEFAULT_SITE_SETTINGS, base)).not.toHaveProperty('address');
  });
});

describe('newsArticle', () => {
  const input = {
    url: `${base}/tin-tuc/bai`,
    headline: 'Sơ kết công tác Dân vận',
    description: 'Tóm tắt',
    imageUrl: `${base}/tin-tuc/bai/og-image.png`,
    publishedAt: new Date('2023-06-30T03:23:00Z'),
    updatedAt: new Date('2023-07-02T01:00:00Z'),
    section: 'Tin tức – Sự kiện',
  };

  it('gives the dates with the +07:00 offset and the office as author and publisher', () => {
    const article = newsArticle(input, DEFAULT_SITE_SETTINGS, base);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Sơ kết công tác Dân vận',
      datePublished: '2023-06-30T10:23:00+07:00',
      dateModified: '2023-07-02T08:00:00+07:00',
      image: [input.imageUrl],
      publisher: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân Phường Phước Hưng' },
    });
    expect(article.author).toEqual([article.publisher]);
    expect(article).not.toHaveProperty('aggregateRating');
  });

  it('never dates a change before the publication', () => {
    const scheduled = newsArticle({ ...input, updatedAt: new Date('2023-06-01T00:00:00Z') }, DEFAULT_SITE_SETTINGS, base);
    expect(scheduled.dateModified).toBe('2023-06-30T10:23:00+07:00');
  });
});

describe('breadcrumbList', () => {
  it('numbers the items from 1', () => {
    const list = breadcrumbList([
      { name: 'Trang chủ', url: `${base}/` },
      { name: 'Thông báo', url: `${base}/chuyen-muc/thong-bao` },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${base}/` },
      { '@type': 'ListItem', position: 2, name: 'Thông báo', item: `${base}/chuyen-muc/thong-bao` },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or start markup, and stays the same JSON', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
