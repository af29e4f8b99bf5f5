import { getPublishedDocumentFile } from '@/lib/data/legal-documents';
import { contentDisposition } from '@/lib/http/content-disposition';
import { readMediaFile } from '@/lib/media/storage';

// Read on every request: a document unpublished or deleted must stop being served at once.
export const dynamic = 'force-dynamic';

const notFound = () =>
  new Response('Không tìm thấy văn bản hoặc tệp của văn bản.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * GET /van-ban/<slug>/tai-ve: the PDF of a published document, as a download named after
 * the uploaded file. A file never changes under its storage key (a new upload gets a new
 * one), so the key is the ETag and a browser's copy is revalidated cheaply.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const download = await getPublishedDocumentFile(slug);
  if (!download) return notFound();
  const etag = `"${download.storageKey.replace(/[^a-z0-9]/g, '-')}"`;
  const headers = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': contentDisposition(download.fileName),
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const file = await readMediaFile(download.storageKey);
  if (!file) {
    console.error(`[documents] the PDF of /van-ban/${slug} (${download.storageKey}) is missing from the media store`);
    return notFound();
  }
  return new Response(new Uint8Array(file), { headers: { ...headers, 'Content-Length': String(file.length) } });
}
