import NextAuth from 'next-auth';
import { NextRequest, NextResponse } from 'next/server';
import { checkAuthEndpoint } from '@/lib/auth/auth-endpoints';
import { authOptions } from '@/lib/auth/auth-options';
import { getCurrentUser } from '@/lib/auth/session';
import { SIGN_IN_BODY_LIMIT_BYTES } from '@/lib/http/body-limits';
import { BodyTooLargeError, readLimitedBody } from '@/lib/http/read-limited-body';
import { REFUSAL_MESSAGES } from '@/lib/http/request-guard';

type Context = { params: Promise<{ nextauth: string[] }> };

const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
  NextResponse.json({ message }, { status, headers: { 'cache-control': 'no-store', ...headers } });

// Sign-in, sign-out and CSRF token endpoints of next-auth. Never cached. Only the endpoints
// and the body the portal's sign-in page sends reach next-auth (lib/auth/auth-endpoints.ts):
// its answers to anything else are English errors or server errors.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const endpoint = checkAuthEndpoint((await context.params).nextauth, request.method);
  if (!endpoint.ok) {
    return endpoint.status === 404
      ? refuse(404, 'Không tìm thấy địa chỉ này.')
      : refuse(405, REFUSAL_MESSAGES.methodNotAllowed, { allow: endpoint.allow });
  }
  if (request.method !== 'POST') {
    // next-auth answers /api/auth/session from the cookie alone (and renews it); a session
    // that has ended (signed out, password changed, account disabled) must show as none.
    if (request.method === 'GET' && (await context.params).nextauth.join('/') === 'session' && !(await getCurrentUser())) {
      return Response.json({}, { headers: { 'Cache-Control': 'private, no-store' } });
    }
    return NextAuth(request as never, context as never, authOptions());
  }

  const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') return refuse(415, 'Chỉ nhận dữ liệu dạng biểu mẫu.');
  let body: string;
  try {
    body = await readLimitedBody(request, SIGN_IN_BODY_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, REFUSAL_MESSAGES.tooLarge(SIGN_IN_BODY_LIMIT_BYTES));
    return refuse(400, REFUSAL_MESSAGES.malformed);
  }
  // next-auth answers a post without its token with a redirect; it is not a sign-in form's
  if (!new URLSearchParams(body).get('csrfToken')) return refuse(400, REFUSAL_MESSAGES.malformed);
  // the body was read here (to limit it), so next-auth gets a request that carries it again
  const replay = new NextRequest(request.url, { method: 'POST', headers: request.headers, body });
  return NextAuth(replay as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
