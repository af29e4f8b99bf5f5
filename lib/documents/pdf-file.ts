import { removeDiacritics, slugify } from '@/lib/text/slugify';

const PDF_MAGIC = '%PDF-';
/** Where the end-of-file marker of a whole PDF sits: at its very end, give or take a few trailing bytes. */
const EOF_WINDOW = 4096;

/** True when the bytes start the way every PDF file does ("%PDF-"), whatever the file is called. */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  if (bytes.length < PDF_MAGIC.length) return false;
  for (let i = 0; i < PDF_MAGIC.length; i++) if (bytes[i] !== PDF_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** True when the file ends with the "%%EOF" marker: a PDF cut short (a broken upload) does not. */
export function hasPdfEnd(bytes: Uint8Array): boolean {
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW)));
  return tail.includes('%%EOF');
}

const MAX_NAME_LENGTH = 150;

/**
 * The uploaded file's name as it will be offered for download: no folders, no control or
 * reserved characters, at most 150 characters, ending in ".pdf". Vietnamese letters stay.
 */
export function cleanPdfFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.pdf$/i, '')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const cut = base.slice(0, MAX_NAME_LENGTH - 4).trim();
  return cut ? `${cut}.pdf` : '';
}

/** The download name of a document's PDF: the uploaded name, or one made from its number. */
export function documentFileName(originalName: string, number: string): string {
  const cleaned = cleanPdfFileName(originalName);
  if (cleaned) return cleaned;
  const fromNumber = slugify(removeDiacritics(number)).toUpperCase();
  return `${fromNumber || 'van-ban'}.pdf`;
}
