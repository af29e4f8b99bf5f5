/**
 * Moves every heading of a sanitised fragment `levels` down (h2 → h3 with 1), so that a
 * body written with "Đề mục lớn" sits under the page's own h2 without breaking the
 * heading outline. h6 is as low as headings go.
 */
export function demoteHeadings(html: string, levels = 1): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + levels)}`);
}
