import { randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/actions/action-error';
import type { Db } from '@/lib/db/types';
import { cleanPdfFileName, hasPdfEnd, hasPdfSignature } from '@/lib/documents/pdf-file';
import { MAX_DOCUMENT_FILE_BYTES } from '@/lib/domain/legal-documents';
import { formatFileSize } from '@/lib/text/format-file-size';
import { discardMediaFile, saveMediaFile } from './storage';

export type StoredDocumentFile = { id: string; name: string; byteSize: number };

function refuse(message: string): ActionError {
  return new ActionError('invalid', message, { fileId: message });
}

/**
 * Stores the PDF of a document after checking it is one by its content (it starts with
 * "%PDF-" and ends with "%%EOF"), whatever its name or declared type, and that it is not
 * larger than the limit. The file is kept as uploaded, under a random key, with its
 * original name for the download.
 */
export async function storeDocumentFile(db: Db, uploaderId: string, bytes: Uint8Array, originalName: string): Promise<StoredDocumentFile> {
  if (bytes.length === 0) throw refuse('Vui lòng chọn tệp PDF của văn bản.');
  if (bytes.length > MAX_DOCUMENT_FILE_BYTES) {
    throw refuse(`Tệp nặng ${formatFileSize(bytes.length)}, quá giới hạn ${formatFileSize(MAX_DOCUMENT_FILE_BYTES)}. Vui lòng nén hoặc chia nhỏ tệp PDF.`);
  }
  if (!hasPdfSignature(bytes)) throw refuse('Tệp này không phải tệp PDF. Vui lòng chọn tệp PDF của văn bản.');
  if (!hasPdfEnd(bytes)) throw refuse('Tệp PDF này không đầy đủ (có thể bị hỏng hoặc tải lên chưa hết). Vui lòng chọn lại tệp.');

  const name = cleanPdfFileName(originalName) || 'van-ban.pdf';
  const now = new Date();
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  const storageKey = `documents/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString('hex')}.pdf`;
  const stored = await saveMediaFile(storageKey, bytes);
  const media = await db.media
    .create({
      data: { storageKey, originalName: name, mimeType: 'application/pdf', byteSize: bytes.length, uploadedById: uploaderId, ...stored },
    })
    .catch(async (error: unknown) => {
      await discardMediaFile(storageKey);
      throw error;
    });
  return { id: media.id, name, byteSize: bytes.length };
}
