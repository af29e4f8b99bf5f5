import { removeDiacritics } from '@/lib/text/slugify';

/**
 * A Content-Disposition header naming the file: `filename` in plain ASCII for old clients
 * (diacritics dropped, anything unsafe replaced), `filename*` with the exact UTF-8 name
 * (RFC 6266 / RFC 5987), which every current browser prefers.
 */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = removeDiacritics(fileName)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_')
    .trim() || 'tep';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
