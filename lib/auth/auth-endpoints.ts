/**
 * The next-auth endpoints the portal uses (lib/auth/browser-auth.ts and next-auth's own
 * redirects), by path under /api/auth and method. next-auth answers the others with its own
 * English errors ("Error: This action with HTTP GET is not supported", a server error for a
 * credentials callback by GET or a JSON body it cannot parse), so they never reach it.
 */
const AUTH_ENDPOINTS: Record<string, readonly string[]> = {
  csrf: ['GET'],
  session: ['GET'],
  providers: ['GET'],
  // next-auth's redirects: both lead to /dang-nhap
  signin: ['GET'],
  error: ['GET'],
  signout: ['GET', 'POST'],
  'callback/credentials': ['POST'],
};

export type AuthEndpointCheck = { ok: true } | { ok: false; status: 404 } | { ok: false; status: 405; allow: string };

/** Whether `method` on /api/auth/<segments> is an endpoint the portal uses. */
export function checkAuthEndpoint(segments: readonly string[] | undefined, method: string): AuthEndpointCheck {
  const methods = AUTH_ENDPOINTS[(segments ?? []).join('/')];
  if (!methods) return { ok: false, status: 404 };
  if (!methods.includes(method.toUpperCase())) return { ok: false, status: 405, allow: methods.join(', ') };
  return { ok: true };
}
