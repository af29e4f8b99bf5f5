/** Longest slug we generate; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 200;

/**
 * Removes Vietnamese (and other Latin) diacritics: "Đảng ủy" → "Dang uy".
 * NFD splits letters from their combining marks; đ/Đ has no decomposition, so it is mapped by hand.
 */
export function removeDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * URL slug from a Vietnamese title: lowercase ASCII words joined by hyphens.
 * "Sơ kết công tác Dân vận" → "so-ket-cong-tac-dan-van".
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** True when `value` is a well-formed slug (what slugify produces). */
export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
