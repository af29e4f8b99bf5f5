/**
 * True when a browser says the request comes from a page of this site (its Origin header
 * names this host), as Next.js checks for server actions. For uploads to route handlers,
 * which have no such check of their own; a request without an Origin is refused.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
