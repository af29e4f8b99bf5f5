'use client';

import { useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { MAX_DOCUMENT_FILE_TEXT } from '@/lib/domain/legal-documents';
import { formatFileSize } from '@/lib/text/format-file-size';
import { checkPdfFile } from './pdf-file-check';

export type DocumentFile = { id: string; name: string; byteSize: number };

export const DOCUMENT_FILE_UPLOAD_URL = '/api/quan-tri/van-ban/tep';

/** Sends a PDF to the upload route (app/api/quan-tri/van-ban/tep/route.ts). */
async function uploadPdf(file: File): Promise<ActionResult<{ file: DocumentFile }>> {
  const response = await fetch(DOCUMENT_FILE_UPLOAD_URL, {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': 'application/pdf', 'X-File-Name': encodeURIComponent(file.name) },
  });
  try {
    return (await response.json()) as ActionResult<{ file: DocumentFile }>;
  } catch {
    return { ok: false, code: 'error', message: `Không tải được tệp lên (lỗi ${response.status}). Vui lòng thử lại.` };
  }
}

/**
 * "Tệp PDF": uploaded as soon as it is chosen (checked in the browser, then again on the
 * server), then named with its size and a link to open it.
 */
export function DocumentFileField({
  id,
  file,
  readOnly,
  error,
  onChange,
}: {
  id: string;
  file: DocumentFile | null;
  readOnly: boolean;
  error?: string;
  onChange: (file: DocumentFile | null) => void;
}) {
  const [uploadError, setUploadError] = useState('');
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const shownError = uploadError || error;

  async function upload(chosen: File | undefined) {
    const problem = await checkPdfFile(chosen);
    if (problem || !chosen) {
      setUploadError(problem ?? '');
      if (inputRef.current) inputRef.current.value = '';
      return;
    }
    setUploadError('');
    setPending(true);
    try {
      const result = await uploadPdf(chosen);
      if (result.ok) onChange(result.file);
      else setUploadError(result.fieldErrors?.fileId ?? result.message);
    } catch {
      setUploadError('Không kết nối được với máy chủ. Vui lòng thử lại.');
    } finally {
      setPending(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <div>
      <label htmlFor={id} className="form-label">
        Tệp PDF của văn bản
      </label>
      {file ? (
        <p className="mt-1 rounded border border-gray-300 bg-white px-3 py-2 text-sm">
          <span className="font-bold break-all">{file.name}</span> ({formatFileSize(file.byteSize)}){' '}
          <a href={`${DOCUMENT_FILE_UPLOAD_URL}?id=${encodeURIComponent(file.id)}`} target="_blank" rel="noopener" className="text-link underline">
            Mở tệp<span className="sr-only"> {file.name}</span>
          </a>
        </p>
      ) : null}
      {!readOnly ? (
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept="application/pdf,.pdf"
          disabled={pending}
          onChange={(event) => void upload(event.target.files?.[0])}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={`${id}-hint${shownError ? ` ${id}-error` : ''}`}
          className="mt-2 block w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border file:border-gray-500 file:bg-white file:px-3 file:font-bold"
        />
      ) : null}
      <p id={`${id}-hint`} className="form-hint" aria-live="polite">
        {pending ? 'Đang tải tệp lên…' : file ? `Chọn tệp khác để thay tệp này. ${MAX_DOCUMENT_FILE_TEXT}` : MAX_DOCUMENT_FILE_TEXT}
      </p>
      {shownError ? (
        <p id={`${id}-error`} className="field-error">
          {shownError}
        </p>
      ) : null}
      {file && !readOnly ? (
        <button type="button" className="btn btn-secondary btn-small mt-2" onClick={() => onChange(null)}>
          Bỏ tệp đính kèm
        </button>
      ) : null}
    </div>
  );
}
