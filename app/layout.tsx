import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { APPLY_READING_PREFERENCES_SCRIPT } from '@/lib/reading/preferences';
import { SITE_FEED, SITE_SHARE_IMAGE } from '@/lib/seo/page-metadata';
import { SITE_FULL_NAME, SITE_NAME, siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_FULL_NAME, template: `%s | ${SITE_NAME}` },
  description: `${SITE_FULL_NAME}: tin tức, thông báo và thông tin chính thức của ${SITE_NAME}.`,
  applicationName: SITE_FULL_NAME,
  // Defaults for pages that set none of their own (pages use lib/seo/page-metadata.ts).
  alternates: { types: { 'application/rss+xml': [{ url: SITE_FEED.url, title: SITE_FEED.title }] } },
  openGraph: { type: 'website', locale: 'vi_VN', siteName: SITE_FULL_NAME, images: [SITE_SHARE_IMAGE] },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#8a1616',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets the reader's text size and contrast on <html> before React runs.
    <html lang="vi" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: APPLY_READING_PREFERENCES_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#noi-dung" className="skip-link">
          Bỏ qua, đến nội dung chính
        </a>
        <SiteHeader />
        <main id="noi-dung" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
