import { isPublicMediaKey, mediaContentType, readMediaFile } from '@/lib/media/storage';

// Stored files never change under a key (a new upload gets a new key), so they cache forever.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const storageKey = key.join('/');
  // Only images: a document's PDF is served by its own route, and only while the document is published.
  const file = isPublicMediaKey(storageKey) ? await readMediaFile(storageKey) : null;
  if (!file) return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': mediaContentType(storageKey),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
