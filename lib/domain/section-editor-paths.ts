import type { SectionKey } from './sections';

/**
 * Where in the editor area each section is edited (the "Mục lâu chưa cập nhật" panel links
 * there). A section without an entry has no editor page yet.
 */
export const SECTION_EDITOR_PATHS: Partial<Record<SectionKey, string>> = {
  'thu-tuc-hanh-chinh': '/quan-tri/thu-tuc',
  'lien-ket': '/quan-tri/lien-ket',
};
