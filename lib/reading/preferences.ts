// Readers' display preferences, kept in localStorage and applied to <html> as data
// attributes: data-text-size="-1…3" (root font size, so every rem-sized thing scales) and
// data-contrast="high". The inline script in <head> applies them before the first paint,
// the reading tools change them.

export const TEXT_SIZE_KEY = 'reading:text-size';
export const CONTRAST_KEY = 'reading:contrast';
export const MIN_TEXT_SIZE = -1;
export const MAX_TEXT_SIZE = 3;

/**
 * Runs in <head> before the page paints: constant text, so a Content-Security-Policy can
 * allow it by its hash (it must stay free of any value that changes per page or build).
 */
export const APPLY_READING_PREFERENCES_SCRIPT =
  '(function(){try{var d=document.documentElement,s=localStorage.getItem("reading:text-size"),' +
  'c=localStorage.getItem("reading:contrast");if(s&&/^(-1|[1-3])$/.test(s))d.setAttribute("data-text-size",s);' +
  'if(c==="high")d.setAttribute("data-contrast","high")}catch(e){}})()';

/** The text size level of the document (0 when none is set). */
export function readTextSize(root: HTMLElement): number {
  const level = Number(root.getAttribute('data-text-size') ?? 0);
  return Number.isInteger(level) && level >= MIN_TEXT_SIZE && level <= MAX_TEXT_SIZE ? level : 0;
}
