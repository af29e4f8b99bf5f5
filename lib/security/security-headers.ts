/**
 * Response headers every page and file carries. The Content-Security-Policy here covers what
 * holds for every response whatever it renders (no framing, no plugins, forms and <base>
 * only to this site). The portal's own server (scripts/serve.mjs) adds `script-src` to every
 * HTML page with the hashes of that page's inline scripts (lib/server/hold-html.mjs).
 */
export function securityHeaders(siteUrl: string | undefined): { key: string; value: string }[] {
  const headers = [
    { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Nothing on the portal uses these; "Nghe bài viết" uses speech synthesis, which needs none.
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  ];
  // Only a site served over https may ask browsers to insist on it.
  if (siteUrl?.trim().toLowerCase().startsWith('https://')) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' });
  }
  return headers;
}
