'use client';

import { useRef, useState } from 'react';
import { uploadImageAction } from '@/lib/actions/media/upload-image';
import { checkImageFile, MAX_IMAGE_BYTES_TEXT } from './image-file-check';

export type Cover = { id: string; src: string; width: number; height: number };

/** What the field is called where it is used (an article's cover, a leader's portrait). */
export type ImageFieldLabels = { image: string; alt: string; altHint: string; remove: string; noAlt: string };

const COVER_LABELS: ImageFieldLabels = {
  image: 'Ảnh đại diện',
  alt: 'Mô tả ảnh đại diện',
  altHint: 'Bắt buộc: tả ngắn gọn ảnh cho người không xem được ảnh, ví dụ “Quang cảnh hội nghị”.',
  remove: 'Bỏ ảnh đại diện',
  noAlt: 'Ảnh đại diện chưa có mô tả',
};

/**
 * "Ảnh đại diện": uploaded as soon as it is chosen (checked in the browser, then again
 * on the server), shown as readers will see it, with its required description.
 */
export function CoverField({
  idPrefix,
  cover,
  alt,
  readOnly,
  onCoverChange,
  onAltChange,
  errors,
  labels = COVER_LABELS,
}: {
  idPrefix: string;
  cover: Cover | null;
  alt: string;
  readOnly: boolean;
  onCoverChange: (cover: Cover | null) => void;
  onAltChange: (alt: string) => void;
  errors: { file?: string; alt?: string };
  labels?: ImageFieldLabels;
}) {
  const [uploadError, setUploadError] = useState('');
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const fileError = uploadError || errors.file;
  const fileId = `${idPrefix}-coverId`;
  const altId = `${idPrefix}-coverAlt`;

  async function upload(file: File | undefined) {
    const problem = checkImageFile(file);
    if (problem || !file) {
      setUploadError(problem ?? '');
      return;
    }
    setUploadError('');
    setPending(true);
    const form = new FormData();
    form.set('file', file);
    form.set('alt', alt);
    try {
      const result = await uploadImageAction(form);
      if (result.ok) onCoverChange({ id: result.image.id, src: result.image.src, width: result.image.width, height: result.image.height });
      else setUploadError(result.fieldErrors?.file ?? result.message);
    } catch {
      setUploadError('Không kết nối được với máy chủ. Vui lòng thử lại.');
    } finally {
      setPending(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={fileId} className="form-label">
          {labels.image}
        </label>
        {cover ? (
          // eslint-disable-next-line @next/next/no-img-element -- the stored upload itself, before any resizing
          <img src={cover.src} alt={alt || labels.noAlt} width={cover.width} height={cover.height} className="mt-1 h-auto w-full rounded border border-gray-300" />
        ) : null}
        {!readOnly ? (
          <input
            ref={inputRef}
            id={fileId}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            disabled={pending}
            onChange={(event) => void upload(event.target.files?.[0])}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
            className="mt-2 block w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border file:border-gray-500 file:bg-white file:px-3 file:font-bold"
          />
        ) : null}
        <p id={`${fileId}-hint`} className="form-hint">
          {pending ? 'Đang tải ảnh lên…' : cover ? 'Chọn tệp khác để thay ảnh. ' + MAX_IMAGE_BYTES_TEXT : MAX_IMAGE_BYTES_TEXT}
        </p>
        {fileError ? (
          <p id={`${fileId}-error`} className="field-error">
            {fileError}
          </p>
        ) : null}
        {cover && !readOnly ? (
          <button type="button" className="btn btn-secondary btn-small mt-2" onClick={() => onCoverChange(null)}>
            {labels.remove}
          </button>
        ) : null}
      </div>
      {cover ? (
        <div>
          <label htmlFor={altId} className="form-label">
            {labels.alt}
          </label>
          <input
            id={altId}
            value={alt}
            onChange={(event) => onAltChange(event.target.value)}
            readOnly={readOnly}
            maxLength={300}
            aria-invalid={errors.alt ? true : undefined}
            aria-describedby={`${altId}-hint${errors.alt ? ` ${altId}-error` : ''}`}
            className="form-input mt-1"
          />
          <p id={`${altId}-hint`} className="form-hint">
            {labels.altHint}
          </p>
          {errors.alt ? (
            <p id={`${altId}-error`} className="field-error">
              {errors.alt}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
