import { checkActionForm, checkActionText, checkFormPost, isActionId, type EncodingCheck } from './action-encoding';
import { bodyLimitFor, declaredLength } from './body-limits';
import { BodyTooLargeError, readLimitedBytes } from './read-limited-body';
import { REFUSAL_MESSAGES } from './refusal-messages.mjs';
import { isSameOriginRequest } from './same-origin';

export { REFUSAL_MESSAGES };

/** Methods a page answers; nothing in the portal takes PUT, PATCH or DELETE. */
const PAGE_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];

/**
 * A refusal in the form its sender reads: Next.js's client shows the text of a `text/plain`
 * answer to a server action (and only with exactly that type), scripts calling /api/* get
 * JSON like the routes' own answers, a browser posting a form gets readable text.
 */
export function refusal(request: Request, pathname: string, status: number, message: string, headers: Record<string, string> = {}): Response {
  const common = { 'cache-control': 'no-store', ...headers };
  if (request.headers.has('next-action')) {
    return new Response(message, { status, headers: { ...common, 'content-type': 'text/plain' } });
  }
  if (pathname.startsWith('/api/')) {
    return Response.json({ message }, { status, headers: common });
  }
  return new Response(message, { status, headers: { ...common, 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * What the proxy checks on every request that carries a body (or a server action id) before
 * Next.js parses it: the size for the path (Content-Length, or the bytes of a chunked body as
 * they arrive), and for pages that only a server action from a page of this site posts there,
 * encoded as the browser encodes it (lib/http/action-encoding.ts). Next.js itself answers an
 * oversized, cross-site or undecodable action with a server error, so these never reach it.
 * Null: let it through. The proxy reads its own copy of the body: what it reads here is still
 * there for Next.js.
 */
export async function guardRequestBody(request: Request, pathname: string): Promise<Response | null> {
  const method = request.method.toUpperCase();
  const isPage = !pathname.startsWith('/api/');
  if (isPage && !PAGE_METHODS.includes(method)) {
    return refusal(request, pathname, 405, REFUSAL_MESSAGES.methodNotAllowed, { allow: PAGE_METHODS.join(', ') });
  }

  const limit = bodyLimitFor(pathname);
  const declared = declaredLength(request.headers.get('content-length'));
  if (Number.isNaN(declared)) return refusal(request, pathname, 400, REFUSAL_MESSAGES.malformed);
  if (declared !== null && declared > limit) return refusal(request, pathname, 413, REFUSAL_MESSAGES.tooLarge(limit));
  const isPagePost = isPage && method === 'POST';
  let body: Uint8Array = new Uint8Array(0);
  // a chunked body is counted as it arrives; a page's post is read whole to check its encoding
  if (request.body && (declared === null || isPagePost)) {
    try {
      body = await readLimitedBytes(request, limit);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refusal(request, pathname, 413, REFUSAL_MESSAGES.tooLarge(limit));
      return refusal(request, pathname, 400, REFUSAL_MESSAGES.malformed);
    }
  }
  if (!isPagePost) return null;

  if (!isSameOriginRequest(request.headers, { allowMissing: true })) return refusal(request, pathname, 403, REFUSAL_MESSAGES.crossSite);
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const actionId = request.headers.get('next-action');
  let check: EncodingCheck;
  if (actionId !== null) {
    // a server action called by the client: its arguments as text, or multipart when a FormData is among them
    if (!isActionId(actionId)) return refusal(request, pathname, 400, REFUSAL_MESSAGES.malformed);
    if (contentType === 'multipart/form-data') check = await readForm(request, body, checkActionForm);
    else if (contentType === 'text/plain' || contentType === '') check = checkActionText(new TextDecoder().decode(body));
    else return refusal(request, pathname, 415, REFUSAL_MESSAGES.unsupportedType);
  } else if (contentType === 'multipart/form-data') {
    // a form posted before JavaScript loaded
    check = await readForm(request, body, checkFormPost);
  } else {
    return refusal(request, pathname, 405, REFUSAL_MESSAGES.methodNotAllowed, { allow: 'GET, HEAD' });
  }
  return check.ok ? null : refusal(request, pathname, 400, REFUSAL_MESSAGES.malformed);
}

async function readForm(request: Request, body: Uint8Array, check: (form: FormData) => EncodingCheck): Promise<EncodingCheck> {
  try {
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    return check(form);
  } catch {
    return { ok: false, reason: 'not a multipart body' };
  }
}
