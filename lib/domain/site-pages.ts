import { sectionByKey, type SectionKey } from './sections';

/**
 * The pages of prose editors maintain (SitePage rows), the section each belongs to, and
 * where it sits: the three parts of /gioi-thieu, with their anchors, and the English page.
 */
export const SITE_PAGES = [
  { key: 'chuc-nang-nhiem-vu', section: 'gioi-thieu', label: 'Chức năng, nhiệm vụ' },
  { key: 'co-cau-to-chuc', section: 'gioi-thieu', label: 'Cơ cấu tổ chức' },
  { key: 'lich-su', section: 'gioi-thieu', label: 'Lịch sử' },
  { key: 'en', section: 'en', label: 'Trang tiếng Anh (English)' },
] as const satisfies readonly { key: string; section: SectionKey; label: string }[];

export type SitePageKey = (typeof SITE_PAGES)[number]['key'];

export const SITE_PAGE_KEYS = SITE_PAGES.map((page) => page.key) as [SitePageKey, ...SitePageKey[]];

export function isSitePageKey(value: string): value is SitePageKey {
  return (SITE_PAGE_KEYS as readonly string[]).includes(value);
}

export function sitePageByKey(key: SitePageKey) {
  return SITE_PAGES.find((page) => page.key === key)!;
}

/** The section whose page shows this site page (what "Cập nhật lần cuối" and revalidation follow). */
export function sectionOfSitePage(key: SitePageKey): SectionKey {
  return sitePageByKey(key).section;
}

/** Where readers see a site page: its section's page, at the page's own part for the introduction. */
export function sitePagePublicPath(key: SitePageKey): string {
  const section = sectionOfSitePage(key);
  const path = sectionByKey(section).path;
  return section === 'gioi-thieu' ? `${path}#${key}` : path;
}

export const MAX_PAGE_TITLE_LENGTH = 200;

/** What a site page holds in each revision: restored as it was, sample flag included. */
export type SitePageRevisionData = { title: string; bodyHtml: string; isSample: boolean };
