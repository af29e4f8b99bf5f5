// Readers' display preferences, kept in localStorage and applied to <html> as data
// attributes: data-text-size="-1…3" (root font size, so every rem-sized thing scales) and
// data-contrast="high". The inline script in <head> applies them before the first paint,
// the reading tools change them.

export const TEXT_SIZE_KEY = 'reading:text-size';
export const CONTRAST_KEY = 'reading:contrast';
export const MIN_TEXT_SIZE = -1;
export const MAX_TEXT_SIZE = 3;

/** Runs in <head> before the page paints; allowed by the Content-Security-Policy by its exact text. */
export { APPLY_READING_PREFERENCES_SCRIPT } from './apply-preferences-script.mjs';

/** The text size level of the document (0 when none is set). */
export function readTextSize(root: HTMLElement): number {
  const level = Number(root.getAttribute('data-text-size') ?? 0);
  return Number.isInteger(level) && level >= MIN_TEXT_SIZE && level <= MAX_TEXT_SIZE ? level : 0;
}
