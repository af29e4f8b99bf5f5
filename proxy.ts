import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/session-cookie';
import { guardRequestBody } from '@/lib/http/request-guard';

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/**
 * Two jobs, on the requests the matcher below selects (public page views never pass through
 * here, so they stay static):
 * - every request with a body, and every server action, is checked before Next.js parses it:
 *   its size for the path (lib/http/body-limits.ts), and for pages that it is a server action
 *   sent from a page of this site (lib/http/request-guard.ts);
 * - the editor area and the sign-in page are never cached or indexed, and without a session
 *   cookie an editor page goes straight to the sign-in page. That is a shortcut, not the
 *   security check: every page and server action still verifies the session and the role
 *   itself (lib/auth/session.ts, lib/actions/safe-action.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const refusal = await guardRequestBody(request, pathname);
  if (refusal) return refusal;

  const isEditorArea = isUnder(pathname, '/quan-tri');
  if (!isEditorArea && !isUnder(pathname, '/dang-nhap')) return NextResponse.next();
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

// Literals only: Next.js reads the matcher at build time. The routes that read and limit their
// own bodies (SELF_LIMITED_ROUTES in lib/http/body-limits.ts) stay out: passing here would cut
// a body at 10 MB (`proxyClientMaxBodySize`) and keep a copy of it. proxy.test.ts checks both.
export const config = {
  matcher: [
    '/quan-tri',
    '/quan-tri/:path*',
    '/dang-nhap',
    { source: '/((?!api/danh-gia$|api/quan-tri/van-ban/tep$|_next/).*)', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/((?!api/danh-gia$|api/quan-tri/van-ban/tep$|_next/).*)', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/((?!api/danh-gia$|api/quan-tri/van-ban/tep$|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
