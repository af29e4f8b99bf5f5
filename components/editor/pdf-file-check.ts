import { hasPdfSignature } from '@/lib/documents/pdf-file';
import { MAX_DOCUMENT_FILE_BYTES } from '@/lib/domain/legal-documents';
import { formatFileSize } from '@/lib/text/format-file-size';

/**
 * What the server accepts (lib/media/store-document-file.ts), checked in the browser first
 * to answer at once: a PDF by its first bytes, not its name, within the size limit.
 */
export async function checkPdfFile(file: File | undefined | null): Promise<string | null> {
  if (!file || file.size === 0) return 'Vui lòng chọn tệp PDF của văn bản.';
  if (file.size > MAX_DOCUMENT_FILE_BYTES) {
    return `Tệp nặng ${formatFileSize(file.size)}, quá giới hạn ${formatFileSize(MAX_DOCUMENT_FILE_BYTES)}. Vui lòng nén hoặc chia nhỏ tệp PDF.`;
  }
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (!hasPdfSignature(head)) return 'Tệp này không phải tệp PDF. Vui lòng chọn tệp PDF của văn bản.';
  return null;
}
