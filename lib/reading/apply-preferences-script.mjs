// @ts-check
// The inline script in <head> that applies a reader's display preferences before the first
// paint (lib/reading/preferences.ts). Plain JavaScript so that the portal's own server
// (scripts/serve.mjs) can allow exactly this text in its Content-Security-Policy; it must stay
// constant: no value that changes per page or build.
export const APPLY_READING_PREFERENCES_SCRIPT =
  '(function(){try{var d=document.documentElement,s=localStorage.getItem("reading:text-size"),' +
  'c=localStorage.getItem("reading:contrast");if(s&&/^(-1|[1-3])$/.test(s))d.setAttribute("data-text-size",s);' +
  'if(c==="high")d.setAttribute("data-contrast","high")}catch(e){}})()';
