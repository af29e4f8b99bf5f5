import type { SectionKey } from './sections';

/**
 * Where in the editor area each section is edited (the "Mục lâu chưa cập nhật" panel links
 * there). Every section has one.
 */
export const SECTION_EDITOR_PATHS: Record<SectionKey, string> = {
  'gioi-thieu': '/quan-tri/gioi-thieu',
  // the English page is one of the site pages edited under Giới thiệu
  en: '/quan-tri/gioi-thieu',
  'van-ban': '/quan-tri/van-ban',
  'hoi-dap': '/quan-tri/hoi-dap',
  // the contact details are site settings
  'lien-he': '/quan-tri/thong-tin-trang',
  'thu-tuc-hanh-chinh': '/quan-tri/thu-tuc',
  'lien-ket': '/quan-tri/lien-ket',
};
