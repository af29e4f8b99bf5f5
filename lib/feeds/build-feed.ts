import { Feed } from 'feed';

export type FeedArticle = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  category: { slug: string; name: string };
};

export type FeedInput = {
  /** SITE_URL, without a trailing slash */
  baseUrl: string;
  title: string;
  description: string;
  /** the page the feed belongs to, e.g. "/" or "/chuyen-muc/thong-bao" */
  pagePath: string;
  /** where the feed itself is served, e.g. "/rss.xml" */
  feedPath: string;
  copyright: string;
  /** newest first */
  articles: FeedArticle[];
};

/**
 * RSS 2.0 of the given articles: absolute links, pubDate from the publication time, and a
 * GUID that survives a change of slug (an article's id as a tag: URI), so that readers do
 * not show a renamed article as a new one.
 */
export function buildRssFeed(input: FeedInput): string {
  const pageUrl = `${input.baseUrl}${input.pagePath === '/' ? '/' : input.pagePath}`;
  const host = new URL(input.baseUrl).hostname;
  // the newest change among the items: the same feed text until an article changes
  const updated = input.articles.reduce<Date | undefined>(
    (newest, article) => (!newest || article.updatedAt > newest ? article.updatedAt : newest),
    undefined,
  );
  const feed = new Feed({
    id: pageUrl,
    title: input.title,
    description: input.description,
    link: pageUrl,
    language: 'vi',
    copyright: input.copyright,
    updated: updated ?? new Date(0),
    generator: false,
    ttl: 60,
    feedLinks: { rss: `${input.baseUrl}${input.feedPath}` },
  });
  for (const article of input.articles) {
    const link = `${input.baseUrl}/tin-tuc/${article.slug}`;
    feed.addItem({
      title: article.title,
      id: `tag:${host},2023:bai-viet/${article.id}`,
      link,
      date: article.publishedAt,
      description: article.summary,
      category: [{ name: article.category.name, domain: `${input.baseUrl}/chuyen-muc/${article.category.slug}` }],
    });
  }
  return feed.rss2();
}
