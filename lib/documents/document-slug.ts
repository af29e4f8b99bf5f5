import { RESERVED_DOCUMENT_SLUGS } from '@/lib/domain/legal-documents';
import { slugify } from '@/lib/text/slugify';

/** Generated slugs stop here: the number and the start of the summary say enough. */
const GENERATED_SLUG_LENGTH = 100;

/**
 * The address of a document made from its number and summary:
 * "12/2026/QĐ-UBND", "Về việc ban hành Quy chế tiếp công dân" → "12-2026-qd-ubnd-ve-viec-ban-hanh-quy-che-tiep-cong-dan".
 */
export function documentSlug(number: string, summary: string): string {
  const slug = slugify(`${number} ${summary}`, GENERATED_SLUG_LENGTH);
  return RESERVED_DOCUMENT_SLUGS.includes(slug) ? `van-ban-${slug}` : slug;
}
