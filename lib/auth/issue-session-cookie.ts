import 'server-only';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { getAuthSecret } from '@/lib/security/secrets';
import { secureCookiesEnabled, sessionCookieName, SESSION_MAX_AGE_SECONDS } from './session-cookie';

export type NewSession = { userId: string; email: string; name: string; role: string; sessionId: string; sessionVersion: number };

/**
 * Gives this browser the cookie of a session opened on the server (after a password
 * change), the same token and attributes next-auth sets when signing in
 * (lib/auth/auth-options.ts), so that lib/auth/session.ts reads it like any other.
 */
export async function issueSessionCookie(session: NewSession): Promise<void> {
  const token = await encode({
    secret: getAuthSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { name: session.name, email: session.email, sub: session.userId, sid: session.sessionId, sv: session.sessionVersion, role: session.role },
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: secureCookiesEnabled(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
