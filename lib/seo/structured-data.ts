// schema.org structured data (JSON-LD) for search engines. Only what the page itself shows:
// no rating (the star widget's votes are not reviews), and no office contact detail that is
// still a sample value.
import type { SiteSettings } from '@/lib/domain/site-settings';
import { SITE_FULL_NAME, SITE_NAME } from '@/lib/site';
import { toSiteIsoString } from '@/lib/text/format-date';

type JsonLd = Record<string, unknown>;

/** The ward office as a schema.org GovernmentOrganization, with the details editors have confirmed. */
export function governmentOrganization(settings: SiteSettings, baseUrl: string): JsonLd {
  const confirmed = (key: keyof SiteSettings) => (settings[key].isSample ? undefined : settings[key].value);
  const address = confirmed('address');
  return withoutEmpty({
    '@type': 'GovernmentOrganization',
    '@id': `${baseUrl}/#co-quan`,
    name: settings.officeName.value || `Ủy ban nhân dân ${SITE_NAME}`,
    url: `${baseUrl}/`,
    address: address ? { '@type': 'PostalAddress', streetAddress: address, addressCountry: 'VN' } : undefined,
    telephone: confirmed('phone'),
    email: confirmed('email'),
  });
}

/** The home page: the portal as a WebSite published by the office, and the office itself. */
export function homePageGraph(settings: SiteSettings, baseUrl: string): JsonLd {
  const organization = governmentOrganization(settings, baseUrl);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      organization,
      {
        '@type': 'WebSite',
        '@id': `${baseUrl}/#website`,
        name: SITE_FULL_NAME,
        url: `${baseUrl}/`,
        inLanguage: 'vi',
        publisher: { '@id': organization['@id'] },
      },
    ],
  };
}

export type NewsArticleInput = {
  url: string;
  headline: string;
  description: string;
  imageUrl: string;
  publishedAt: Date;
  updatedAt: Date;
  section: string;
};

/** An article as a schema.org NewsArticle, written and published by the office. */
export function newsArticle(article: NewsArticleInput, settings: SiteSettings, baseUrl: string): JsonLd {
  const office = governmentOrganization(settings, baseUrl);
  // an edit saved before the publication date (a scheduled article) is not a later change
  const modified = article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    headline: article.headline,
    description: article.description,
    image: [article.imageUrl],
    datePublished: toSiteIsoString(article.publishedAt),
    dateModified: toSiteIsoString(modified),
    articleSection: article.section,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    author: [office],
    publisher: office,
  };
}

/** Where the page sits, as a schema.org BreadcrumbList; `items` use absolute URLs. */
export function breadcrumbList(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" (and ">", "&", U+2028/9) are
 * escaped as \uXXXX, so no title or summary can close the script element or start markup.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function withoutEmpty(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}
