import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { prisma } from '@/lib/db/client';
import { isRole, type Role } from '@/lib/domain/roles';
import { getAuthSecret } from '@/lib/security/secrets';
import { sessionCookieName } from './session-cookie';

export type SessionUser = { id: string; email: string; name: string; role: Role; sessionId: string };

/** What the session cookie carries besides next-auth's own claims. */
export type SessionClaims = { sub?: string; sid?: unknown; sv?: unknown };

// lastSeenAt is informational: refresh it at most this often, not on every request.
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

/**
 * The signed-in user of this request, or null. The cookie alone is not trusted: its
 * session record must still be open, the account enabled, and the account's
 * sessionVersion unchanged, so that signing out, "sign out everywhere", a password change
 * or disabling the account end a session at once. The role is read from the database, so
 * a role change applies to the very next request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  let claims: SessionClaims | null;
  try {
    claims = (await decode({ token: raw, secret: getAuthSecret() })) as SessionClaims | null;
  } catch {
    return null;
  }
  if (!claims || typeof claims.sid !== 'string' || typeof claims.sv !== 'number' || !claims.sub) return null;

  const session = await prisma.userSession.findUnique({
    where: { id: claims.sid },
    select: {
      userId: true,
      endedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true } },
    },
  });
  const now = Date.now();
  if (!session || session.endedAt || session.expiresAt.getTime() <= now || session.userId !== claims.sub) return null;
  const { user } = session;
  if (user.disabled || user.sessionVersion !== claims.sv || !isRole(user.role)) return null;

  if (now - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await prisma.userSession.update({ where: { id: claims.sid }, data: { lastSeenAt: new Date(now) } }).catch(() => undefined);
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: claims.sid };
});

/** For pages of the editor area: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo = '/quan-tri'): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return user;
}
