import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { prisma } from '@/lib/db/client';
import { clientIpFromHeaders } from '@/lib/security/client-ip';
import { getAuthSecret } from '@/lib/security/secrets';
import { siteUrl } from '@/lib/site';
import { secureCookiesEnabled, SESSION_MAX_AGE_SECONDS } from './session-cookie';
import { authenticate } from './sign-in';
import { encodeSignInFailure } from './sign-in-errors';

/**
 * next-auth (v4) with email and password, and sessions as encrypted JWT cookies
 * (httpOnly, SameSite=Lax, Secure over https: next-auth's defaults, made explicit).
 * Built on each request rather than at import, so that `next build` never needs the secret.
 */
export function authOptions(): AuthOptions {
  // next-auth builds its own redirect URLs from NEXTAUTH_URL; the portal already knows its address.
  process.env.NEXTAUTH_URL ??= siteUrl();
  return {
    secret: getAuthSecret(),
    useSecureCookies: secureCookiesEnabled(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/dang-nhap', error: '/dang-nhap', signOut: '/dang-nhap' },
    providers: [
      CredentialsProvider({
        name: 'email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
        async authorize(credentials, request) {
          const headers = (request?.headers ?? {}) as Record<string, string>;
          const outcome = await authenticate(prisma, credentials ?? {}, {
            ip: clientIpFromHeaders(headers),
            userAgent: String(headers['user-agent'] ?? ''),
          });
          // next-auth hands a thrown message to the sign-in page as its `error` parameter.
          if (!outcome.ok) throw new Error(encodeSignInFailure(outcome.failure));
          const { user } = outcome;
          return { id: user.id, email: user.email, name: user.name, role: user.role, sv: user.sessionVersion, sid: user.sessionId };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { sv: number; sid: string; role: string };
          token.sub = signedIn.id;
          token.sv = signedIn.sv;
          token.sid = signedIn.sid;
          token.role = signedIn.role;
        }
        return token;
      },
      async session({ session, token }) {
        // Only what the browser may show; authorisation reads the database (lib/auth/session.ts).
        return { ...session, user: { name: session.user?.name, email: session.user?.email } };
      },
      redirect({ url, baseUrl }) {
        return url.startsWith('/') && !url.startsWith('//') ? `${baseUrl}${url}` : url.startsWith(baseUrl) ? url : baseUrl;
      },
    },
    events: {
      async signOut({ token }) {
        const sessionId = typeof token?.sid === 'string' ? token.sid : null;
        if (!sessionId) return;
        const ended = await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
        if (ended.count > 0 && token.sub) {
          await writeAuditLog(prisma, { action: 'auth.sign-out', actorId: token.sub, targetType: 'user', targetId: token.sub });
        }
      },
    },
  };
}
