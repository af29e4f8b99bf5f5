import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/session-cookie';

/**
 * The editor area and the sign-in page only: public pages never pass through here, so
 * they stay static. This is a shortcut, not the security check: without a session cookie
 * a page request goes straight to the sign-in page, but every page and server action
 * still verifies the session and the role itself (lib/auth/session.ts, lib/actions/safe-action.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isEditorArea = pathname === '/quan-tri' || pathname.startsWith('/quan-tri/');
  // Server actions answer for themselves, with a message the editor can act on.
  const isAction = request.headers.has('next-action');
  if (isEditorArea && !isAction && !request.cookies.has(sessionCookieName())) {
    const signIn = new URL('/dang-nhap', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const response = NextResponse.next();
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}

export const config = {
  matcher: ['/quan-tri', '/quan-tri/:path*', '/dang-nhap'],
};
