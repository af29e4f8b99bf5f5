import { type NextRequest, NextResponse } from 'next/server';
import { ActionError } from '@/lib/actions/action-error';
import { FORBIDDEN_MESSAGE, UNAUTHENTICATED_MESSAGE, type ActionResult } from '@/lib/actions/action-result';
import { hasPermission } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db/client';
import { serverConditionStatus } from '@/lib/db/database-unavailable';
import { STORAGE_FAILURE_MESSAGES, storageFailureOf } from '@/lib/db/storage-failure';
import { MAX_DOCUMENT_FILE_BYTES } from '@/lib/domain/legal-documents';
import { contentDisposition } from '@/lib/http/content-disposition';
import { BodyTooLargeError, readLimitedBytes } from '@/lib/http/read-limited-body';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { storeDocumentFile, type StoredDocumentFile } from '@/lib/media/store-document-file';
import { readMediaFile } from '@/lib/media/storage';
import { formatFileSize } from '@/lib/text/format-file-size';

// The PDF of a document is uploaded here, not through a server action: a server action's
// body is parsed before any check (so its limit, next.config.ts, stays small for every
// action), and requests to /quan-tri pass the proxy, which keeps only the first 10 MB of a
// body. Here the user and the role are checked first, then at most the limit is read.

export const dynamic = 'force-dynamic';

const answer = (result: ActionResult<{ file: StoredDocumentFile }>, status: number) =>
  NextResponse.json(result, { status, headers: { 'Cache-Control': 'no-store' } });

/** The signed-in user if they may manage documents, else the refusal to send. */
async function authorise(): Promise<{ userId: string } | { refusal: NextResponse }> {
  const user = await getCurrentUser();
  if (!user) return { refusal: answer({ ok: false, code: 'unauthenticated', message: UNAUTHENTICATED_MESSAGE }, 401) };
  if (!hasPermission(user, 'sections:manage')) return { refusal: answer({ ok: false, code: 'forbidden', message: FORBIDDEN_MESSAGE }, 403) };
  return { userId: user.id };
}

/**
 * POST with the PDF itself as the body (Content-Type: application/pdf) and its name in
 * X-File-Name (URI-encoded) → `{ ok: true, file: { id, name, byteSize } }`, or an
 * ActionFailure with a real status (400, 401, 403, 413, 415; 507 or 503 when the disk is full
 * or read-only).
 */
export async function POST(request: NextRequest) {
  if (!isSameOriginRequest(request.headers)) return answer({ ok: false, code: 'forbidden', message: 'Yêu cầu không hợp lệ.' }, 403);
  const auth = await authorise();
  if ('refusal' in auth) return auth.refusal;
  if ((request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase() !== 'application/pdf') {
    return answer({ ok: false, code: 'invalid', message: 'Chỉ nhận tệp PDF.', fieldErrors: { fileId: 'Chỉ nhận tệp PDF.' } }, 415);
  }
  let name = '';
  try {
    name = decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    // a malformed name: the file gets a name of its own
  }
  try {
    const bytes = await readLimitedBytes(request, MAX_DOCUMENT_FILE_BYTES);
    const file = await storeDocumentFile(prisma, auth.userId, bytes, name);
    return answer({ ok: true, file }, 201);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      const message = `Tệp quá giới hạn ${formatFileSize(MAX_DOCUMENT_FILE_BYTES)}. Vui lòng nén hoặc chia nhỏ tệp PDF.`;
      return answer({ ok: false, code: 'invalid', message, fieldErrors: { fileId: message } }, 413);
    }
    if (error instanceof ActionError) {
      return answer({ ok: false, code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) }, 400);
    }
    console.error('[documents] storing an uploaded PDF failed', { userId: auth.userId }, error);
    const storageFailure = storageFailureOf(error);
    if (storageFailure) {
      const status = serverConditionStatus(error) ?? 503;
      return answer({ ok: false, code: 'error', message: STORAGE_FAILURE_MESSAGES[storageFailure], status }, status);
    }
    return answer({ ok: false, code: 'error', message: 'Không tải được tệp lên. Vui lòng thử lại.' }, 500);
  }
}

/** GET ?id=<media id>: an uploaded PDF, for editors to check it before the document is published. */
export async function GET(request: NextRequest) {
  const auth = await authorise();
  if ('refusal' in auth) return auth.refusal;
  const id = request.nextUrl.searchParams.get('id')?.slice(0, 40) ?? '';
  const media = id ? await prisma.media.findUnique({ where: { id }, select: { storageKey: true, originalName: true, mimeType: true } }) : null;
  const file = media?.mimeType === 'application/pdf' ? await readMediaFile(media.storageKey) : null;
  if (!media || !file) return new NextResponse('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new NextResponse(new Uint8Array(file), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(media.originalName, 'inline'),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
