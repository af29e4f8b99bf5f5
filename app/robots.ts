import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site';

/** Crawlers may read every public page; the editors' area and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/quan-tri', '/api/'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
