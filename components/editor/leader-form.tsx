'use client';

import { useEffect, useId, useState } from 'react';
import { saveLeaderAction } from '@/lib/actions/leaders/save-leader';
import { CoverField, type Cover, type ImageFieldLabels } from './cover-field';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';
import { ReadyForm } from '@/components/ui/ready-form';

export type EditorLeader = {
  id: string;
  name: string;
  position: string;
  phone: string;
  email: string;
  responsibilities: string;
  photo: (Cover & { alt: string }) | null;
  isSample: boolean;
};

const PHOTO_LABELS: ImageFieldLabels = {
  image: 'Ảnh chân dung (không bắt buộc)',
  alt: 'Mô tả ảnh',
  altHint: 'Bắt buộc khi có ảnh: tả ngắn gọn cho người không xem được ảnh, ví dụ “Ảnh chân dung ông Nguyễn Văn A”.',
  remove: 'Bỏ ảnh',
  noAlt: 'Ảnh chân dung chưa có mô tả',
};

/** Adds a member of the leadership (no `leader`) or edits one. */
export function LeaderForm({ leader }: { leader?: EditorLeader }) {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(saveLeaderAction, { resetOnSuccess: !leader, refreshOnSuccess: true });
  const [photo, setPhoto] = useState<Cover | null>(leader?.photo ?? null);
  const [photoAlt, setPhotoAlt] = useState(leader?.photo?.alt ?? '');
  // A member just added: the form is ready for the next one.
  useEffect(() => {
    if (state?.ok && !leader) {
      setPhoto(null);
      setPhotoAlt('');
    }
  }, [state, leader]);

  return (
    <ReadyForm
      onSubmit={onSubmit}
      noValidate
      aria-label={leader ? `Sửa thông tin ${leader.name}` : 'Thêm lãnh đạo'}
      className="grid gap-3 rounded border border-gray-300 p-3 sm:grid-cols-2"
    >
      <input type="hidden" name="id" value={leader?.id ?? ''} />
      <input type="hidden" name="photoId" value={photo?.id ?? ''} />
      <input type="hidden" name="photoAlt" value={photo ? photoAlt : ''} />
      {leader?.isSample ? (
        <p className="notice notice-warning sm:col-span-2">Mục này là dữ liệu mẫu. Khi bạn lưu, thông tin được coi là chính thức và nhãn “Dữ liệu mẫu” không còn hiện.</p>
      ) : null}
      <TextField id={`${id}-name`} name="name" label="Họ tên" defaultValue={leader?.name ?? ''} maxLength={120} error={fieldErrors.name} />
      <TextField id={`${id}-position`} name="position" label="Chức vụ" defaultValue={leader?.position ?? ''} maxLength={200} error={fieldErrors.position} />
      <TextField id={`${id}-phone`} name="phone" label="Điện thoại" type="tel" defaultValue={leader?.phone ?? ''} maxLength={50} error={fieldErrors.phone} />
      <TextField id={`${id}-email`} name="email" label="Thư điện tử" type="email" defaultValue={leader?.email ?? ''} maxLength={254} error={fieldErrors.email} />
      <div className="sm:col-span-2">
        <label htmlFor={`${id}-responsibilities`} className="form-label">
          Lĩnh vực phụ trách
        </label>
        <textarea
          id={`${id}-responsibilities`}
          name="responsibilities"
          defaultValue={leader?.responsibilities ?? ''}
          rows={3}
          maxLength={2000}
          aria-invalid={fieldErrors.responsibilities ? true : undefined}
          aria-describedby={fieldErrors.responsibilities ? `${id}-responsibilities-error` : undefined}
          className="form-input mt-1"
        />
        {fieldErrors.responsibilities ? (
          <p id={`${id}-responsibilities-error`} className="field-error">
            {fieldErrors.responsibilities}
          </p>
        ) : null}
      </div>
      <div className="sm:col-span-2 sm:max-w-sm">
        <CoverField
          idPrefix={id}
          cover={photo}
          alt={photoAlt}
          readOnly={false}
          onCoverChange={setPhoto}
          onAltChange={setPhotoAlt}
          errors={{ file: fieldErrors.photoId, alt: fieldErrors.photoAlt }}
          labels={PHOTO_LABELS}
        />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Đang lưu…' : leader ? 'Lưu thông tin' : 'Thêm lãnh đạo'}
        </button>
      </div>
      <div className="sm:col-span-2">
        <FormOutcome state={state} successText={leader ? 'Đã lưu. Trang Giới thiệu đã hiện thông tin mới.' : 'Đã thêm lãnh đạo.'} />
      </div>
    </ReadyForm>
  );
}
