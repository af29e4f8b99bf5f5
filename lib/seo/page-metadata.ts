import type { Metadata } from 'next';
import { SITE_FEED_PATH } from '@/lib/feeds/feed-paths';
import { SITE_FULL_NAME } from '@/lib/site';
import { toSiteIsoString } from '@/lib/text/format-date';

export type ShareImage = { url: string; width: number; height: number; alt: string };

/** The portal's own share image (app/og-image.png), for pages without one of their own. */
export const SITE_SHARE_IMAGE: ShareImage = {
  url: '/og-image.png',
  width: 1200,
  height: 630,
  alt: SITE_FULL_NAME,
};

/** The RSS feed of the whole portal, announced on every page. */
export const SITE_FEED = { url: SITE_FEED_PATH, title: `${SITE_FULL_NAME} – Tin mới` };

export type PageMetadataInput = {
  /** the page's own title; the layout adds " | Phường Phước Hưng" */
  title: string;
  /** use `title` as the whole title, without the site name added */
  absoluteTitle?: boolean;
  description: string;
  /** the canonical path, e.g. "/tin-tuc/so-ket" (made absolute with SITE_URL by metadataBase) */
  path: string;
  image?: ShareImage;
  /** RSS feeds of this page, besides the portal's */
  feeds?: { url: string; title: string }[];
  article?: { publishedAt: Date; modifiedAt: Date; section: string };
  /** pages such as search results: crawl their links, do not index them */
  noindex?: boolean;
};

/**
 * Title, description, canonical URL, Open Graph and Twitter card of a page, built the same
 * way everywhere. Next.js replaces (not merges) a parent's openGraph, so each page gets the
 * whole set here.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const image = input.image ?? SITE_SHARE_IMAGE;
  const feeds = [SITE_FEED, ...(input.feeds ?? [])];
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: {
      canonical: input.path,
      types: { 'application/rss+xml': feeds.map((feed) => ({ url: feed.url, title: feed.title })) },
    },
    openGraph: {
      type: input.article ? 'article' : 'website',
      locale: 'vi_VN',
      siteName: SITE_FULL_NAME,
      url: input.path,
      title: input.title,
      description: input.description,
      images: [image],
      ...(input.article
        ? {
            publishedTime: toSiteIsoString(input.article.publishedAt),
            modifiedTime: toSiteIsoString(input.article.modifiedAt),
            section: input.article.section,
          }
        : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description: input.description,
      images: [{ url: image.url, alt: image.alt }],
    },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
