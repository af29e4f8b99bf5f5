import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Sign-in, sign-out and CSRF token endpoints of next-auth. Never cached.
async function handler(request: Request, context: Context): Promise<Response> {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
