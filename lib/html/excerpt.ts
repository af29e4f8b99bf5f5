/** Plain text of an HTML fragment: tags dropped, entities of the escaper decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A summary of at most `maxLength` characters, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, maxLength = 220): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

// A sentence ends at . ! ? or … followed by a space and a capital letter or an opening quote.
const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}“"‘'(])/gu;

/**
 * The first sentence of `text`, for a meta description when an article has no summary.
 * Sentences shorter than `minLength` are joined with the next one (an abbreviation such as
 * "TP. Hồ Chí Minh" is not a sentence end); the result is cut to `maxLength` like excerpt().
 */
export function firstSentence(text: string, { minLength = 40, maxLength = 300 } = {}): string {
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + 1;
    if (end >= minLength) return excerpt(text.slice(0, end), maxLength);
  }
  return excerpt(text, maxLength);
}
