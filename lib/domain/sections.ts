/**
 * The sections Nghị định 42/2022/NĐ-CP asks an agency's information page to have, besides
 * the article categories (Tin tức – Sự kiện, Thông báo). Their order is the main
 * navigation's; the key is also the SectionUpdate key.
 */
export const SECTIONS = [
  { key: 'gioi-thieu', path: '/gioi-thieu', label: 'Giới thiệu' },
  { key: 'van-ban', path: '/van-ban', label: 'Văn bản' },
  { key: 'thu-tuc-hanh-chinh', path: '/thu-tuc-hanh-chinh', label: 'Thủ tục hành chính' },
  { key: 'hoi-dap', path: '/hoi-dap', label: 'Hỏi đáp' },
  { key: 'lien-he', path: '/lien-he', label: 'Liên hệ' },
  { key: 'lien-ket', path: '/lien-ket', label: 'Liên kết' },
  { key: 'en', path: '/en', label: 'English', lang: 'en' },
] as const satisfies readonly { key: string; path: string; label: string; lang?: string }[];

export type SectionKey = (typeof SECTIONS)[number]['key'];

export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((section) => section.key);

export function sectionByKey(key: SectionKey) {
  return SECTIONS.find((section) => section.key === key)!;
}

export function isSectionKey(value: string): value is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(value);
}
