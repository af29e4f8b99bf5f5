/**
 * True when a browser says the request comes from a page of this site (its Origin header
 * names this host), as Next.js checks for server actions; for route handlers, which have no
 * such check of their own. A request without an Origin is refused unless `allowMissing`
 * (the public vote route lets scripts and old browsers in; editor uploads never).
 */
export function isSameOriginRequest(headers: Headers, { allowMissing = false } = {}): boolean {
  const origin = headers.get('origin');
  if (!origin) return allowMissing;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
