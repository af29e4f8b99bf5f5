import { foldForSearch, wordsOf } from './fold';

/** A piece of text that either matched one of the query's words or did not. */
export type TextSegment = { text: string; match: boolean };

/**
 * Splits `text` into plain and matching segments: every whole word whose folded form is one
 * of `terms` matches. Components render the matches in <mark> as React text, so nothing
 * from the article or the query is ever injected as HTML.
 */
export function highlightMatches(text: string, terms: readonly string[]): TextSegment[] {
  const wanted = new Set(terms);
  const segments: TextSegment[] = [];
  let position = 0;
  for (const { word, start, end } of wordsOf(text)) {
    if (!wanted.has(foldForSearch(word))) continue;
    const between = text.slice(position, start);
    const previous = segments.at(-1);
    // "Dân vận": neighbouring matches separated only by spaces read as one highlighted phrase
    if (previous?.match && position > 0 && /^ +$/.test(between)) previous.text += between + word;
    else {
      if (between) segments.push({ text: between, match: false });
      segments.push({ text: word, match: true });
    }
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}

/**
 * A passage of at most about `maxLength` characters around the first place where one of
 * `terms` occurs, cut at word boundaries with ellipses; the start of the text when none does.
 */
export function matchingPassage(text: string, terms: readonly string[], maxLength = 240): string {
  if (text.length <= maxLength) return text;
  const wanted = new Set(terms);
  const first = wordsOf(text).find(({ word }) => wanted.has(foldForSearch(word)));
  const anchor = first ? first.start : 0;
  // a little context before the match, the rest after it; from the start when the match is near it
  let start = anchor < maxLength / 2 ? 0 : anchor - Math.floor(maxLength / 4);
  let end = Math.min(text.length, start + maxLength);
  start = Math.max(0, end - maxLength);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < anchor ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > anchor ? space : end;
  }
  const passage = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${passage}${end < text.length ? '…' : ''}`;
}
