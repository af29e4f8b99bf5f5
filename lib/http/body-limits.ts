/**
 * How large a request body may be, by the path it is sent to. The proxy refuses anything
 * larger with 413 before Next.js or a route parses a byte of it (proxy.ts); the two routes
 * that read their own bodies keep their own limits and are left out of the proxy.
 */

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * The editor area's server actions: article and document bodies, and image uploads (5 MB
 * each, lib/media/upload-image.ts, plus the multipart envelope). Also Next.js's own limit
 * for server actions (next.config.ts), which the proxy therefore always reaches first:
 * Next.js answers a body over its limit with a server error, not a 413.
 */
export const EDITOR_BODY_LIMIT_BYTES = 6 * MIB;

/** next-auth's sign-in and sign-out forms: an email, a password and a token. */
export const SIGN_IN_BODY_LIMIT_BYTES = 8 * KIB;

/**
 * Everything public: a vote is a few dozen bytes, a citizen's question at most 5,000
 * characters (up to 4 bytes each in UTF-8) plus the form's other fields, sent with the
 * previous answer of the form, which repeats what was typed.
 */
export const PUBLIC_BODY_LIMIT_BYTES = 64 * KIB;

/**
 * Route handlers that read their body themselves, counting it as it arrives, with a limit
 * of their own; the proxy must not see them (it would keep only the first 10 MB of a body,
 * `proxyClientMaxBodySize`).
 */
export const SELF_LIMITED_ROUTES = {
  /** a vote: lib/ratings, app/api/danh-gia/route.ts */
  '/api/danh-gia': 4 * KIB,
  /** a document's PDF, up to 20 MB (lib/domain/legal-documents.ts) */
  '/api/quan-tri/van-ban/tep': 20 * MIB,
} as const;

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The largest body, in bytes, the proxy lets through to `pathname`. */
export function bodyLimitFor(pathname: string): number {
  if (isUnder(pathname, '/quan-tri')) return EDITOR_BODY_LIMIT_BYTES;
  if (isUnder(pathname, '/api/auth') || isUnder(pathname, '/dang-nhap')) return SIGN_IN_BODY_LIMIT_BYTES;
  return PUBLIC_BODY_LIMIT_BYTES;
}

/**
 * The size a request declares in Content-Length: a number of bytes, `null` when there is no
 * such header (a chunked body, counted as it arrives instead), or `NaN` when it is not a
 * length at all (the request is malformed).
 */
export function declaredLength(header: string | null): number | null {
  if (header === null) return null;
  const value = header.trim();
  return /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
}
