import { sectionByKey, type SectionKey } from '@/lib/domain/sections';

/**
 * Every public path a change of a section's content touches: the section's own page, the
 * sitemap (which lists the section with its last change), and any further paths the change
 * names (a document's own page under its old and new slug, say).
 */
export function sectionChangePaths(key: SectionKey, extraPaths: readonly string[] = []): string[] {
  return [...new Set([sectionByKey(key).path, '/sitemap.xml', ...extraPaths.filter(Boolean)])];
}
