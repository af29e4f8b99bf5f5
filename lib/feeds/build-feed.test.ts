import { xml2js, type Element } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { buildRssFeed, type FeedArticle } from './build-feed';

const base = 'https://phuochung.example.gov.vn';
const seedArticle: FeedArticle = {
  id: 'cm123',
  slug: 'so-ket-cong-tac-dan-van',
  title: 'Sơ kết công tác Dân vận & phong trào “Dân vận khéo” <2023>',
  summary: 'Chiều ngày 28/6, Đảng ủy phường tổ chức Hội nghị.',
  publishedAt: new Date('2023-06-30T03:23:00Z'),
  updatedAt: new Date('2023-06-30T03:23:00Z'),
  category: { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' },
};
const older: FeedArticle = {
  ...seedArticle,
  id: 'cm100',
  slug: 'thong-bao',
  title: 'Thông báo',
  publishedAt: new Date('2023-03-01T02:00:00Z'),
  updatedAt: new Date('2023-03-02T02:00:00Z'),
};

function parse(xml: string) {
  const document = xml2js(xml, { compact: false }) as Element;
  const rss = document.elements!.find((element) => element.name === 'rss')!;
  const channel = rss.elements!.find((element) => element.name === 'channel')!;
  const text = (element: Element | undefined, name: string) => {
    const child = element?.elements?.find((e) => e.name === name);
    return child?.elements?.map((e) => e.text ?? e.cdata).join('') ?? '';
  };
  const items = channel.elements!.filter((element) => element.name === 'item');
  return { rss, channel, text, items };
}

const feedOf = (articles: FeedArticle[]) =>
  buildRssFeed({
    baseUrl: base,
    title: 'Trang thông tin điện tử Phường Phước Hưng',
    description: 'Tin mới',
    pagePath: '/',
    feedPath: '/rss.xml',
    copyright: 'Ủy ban nhân dân Phường Phước Hưng',
    articles,
  });

describe('buildRssFeed', () => {
  it('is well-formed RSS 2.0 with absolute links and the feed’s own address', () => {
    const { rss, channel, text } = parse(feedOf([seedArticle, older]));
    expect(rss.attributes?.version).toBe('2.0');
    expect(text(channel, 'link')).toBe(`${base}/`);
    expect(text(channel, 'language')).toBe('vi');
    const self = channel.elements!.find((e) => e.name === 'atom:link');
    expect(self?.attributes).toMatchObject({ href: `${base}/rss.xml`, rel: 'self', type: 'application/rss+xml' });
  });

  it('gives each article its title, link, summary, category, publication date and a stable GUID', () => {
    const { items, text } = parse(feedOf([seedArticle, older]));
    expect(items).toHaveLength(2);
    const [item] = items;
    expect(text(item, 'title')).toBe(seedArticle.title);
    expect(text(item, 'link')).toBe(`${base}/tin-tuc/so-ket-cong-tac-dan-van`);
    expect(text(item, 'description')).toBe(seedArticle.summary);
    expect(text(item, 'category')).toBe('Tin tức – Sự kiện');
    // 30/06/2023 10:23 in Vietnam (+07:00), in RFC 822 form
    expect(text(item, 'pubDate')).toBe('Fri, 30 Jun 2023 03:23:00 GMT');
    expect(new Date(text(item, 'pubDate')).getTime()).toBe(new Date('2023-06-30T10:23:00+07:00').getTime());
    const guid = item.elements!.find((e) => e.name === 'guid')!;
    expect(text(item, 'guid')).toBe('tag:phuochung.example.gov.vn,2023:bai-viet/cm123');
    expect(guid.attributes?.isPermaLink).toBe('false');
  });

  it('dates the feed by its newest change, so that an unchanged feed stays byte for byte the same', () => {
    const { channel, text } = parse(feedOf([seedArticle, older]));
    expect(text(channel, 'lastBuildDate')).toBe('Fri, 30 Jun 2023 03:23:00 GMT');
    expect(feedOf([seedArticle, older])).toBe(feedOf([seedArticle, older]));
  });

  it('keeps markup in titles and summaries as text, even a CDATA end', () => {
    const summary = ']]><script>alert(1)</script>';
    const { items, text } = parse(feedOf([{ ...seedArticle, summary }]));
    expect(text(items[0], 'description')).toBe(summary);
    expect(text(items[0], 'title')).toBe(seedArticle.title);
    expect(items[0].elements!.map((e) => e.name)).not.toContain('script');
  });

  it('is valid with no articles at all', () => {
    const { items } = parse(feedOf([]));
    expect(items).toHaveLength(0);
  });
});
