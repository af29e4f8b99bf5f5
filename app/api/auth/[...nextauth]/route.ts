import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';
import { getCurrentUser } from '@/lib/auth/session';

type Context = { params: Promise<{ nextauth: string[] }> };

// Sign-in, sign-out and CSRF token endpoints of next-auth. Never cached.
async function handler(request: Request, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  // next-auth answers /api/auth/session from the cookie alone (and renews it); a session
  // that has ended (signed out, password changed, account disabled) must show as none.
  if (request.method === 'GET' && nextauth.join('/') === 'session' && !(await getCurrentUser())) {
    return Response.json({}, { headers: { 'Cache-Control': 'private, no-store' } });
  }
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
