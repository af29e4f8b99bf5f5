'use client';

import { useId } from 'react';
import { saveExternalLinkAction } from '@/lib/actions/external-links/save-external-link';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';
import { ReadyForm } from '@/components/ui/ready-form';

export type EditableExternalLink = { id: string; title: string; url: string; description: string; sortOrder: number; isSample: boolean };

/** Adds a link (no `link`) or edits one. */
export function ExternalLinkForm({ link }: { link?: EditableExternalLink }) {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(saveExternalLinkAction, { resetOnSuccess: !link, refreshOnSuccess: true });
  return (
    <ReadyForm onSubmit={onSubmit} noValidate aria-label={link ? `Sửa liên kết ${link.title}` : 'Thêm liên kết'} className="grid gap-3 rounded border border-gray-300 p-3 sm:grid-cols-2">
      <input type="hidden" name="id" value={link?.id ?? ''} />
      <TextField id={`${id}-title`} name="title" label="Tên trang" defaultValue={link?.title ?? ''} maxLength={200} hint="Ví dụ: Cổng Dịch vụ công quốc gia." error={fieldErrors.title} />
      <TextField
        id={`${id}-url`}
        name="url"
        label="Địa chỉ"
        type="url"
        inputMode="url"
        defaultValue={link?.url ?? ''}
        maxLength={500}
        autoCapitalize="none"
        spellCheck={false}
        hint="Bắt đầu bằng https://, ví dụ: https://dichvucong.gov.vn"
        error={fieldErrors.url}
      />
      <TextField id={`${id}-description`} name="description" label="Mô tả" defaultValue={link?.description ?? ''} maxLength={500} error={fieldErrors.description} className="sm:col-span-2" />
      <TextField
        id={`${id}-sortOrder`}
        name="sortOrder"
        label="Thứ tự"
        type="number"
        inputMode="numeric"
        min={0}
        defaultValue={link?.sortOrder ?? ''}
        hint={link ? 'Số nhỏ đứng trước.' : 'Để trống để thêm vào cuối danh sách.'}
        error={fieldErrors.sortOrder}
      />
      <div className="flex items-end">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Đang lưu…' : link ? 'Lưu liên kết' : 'Thêm liên kết'}
        </button>
      </div>
      {link?.isSample ? <p className="form-hint sm:col-span-2">Đây là dữ liệu mẫu. Khi bạn lưu, liên kết được coi là đã xác nhận và nhãn “Dữ liệu mẫu” không còn hiện.</p> : null}
      <div className="sm:col-span-2">
        <FormOutcome state={state} successText={link ? 'Đã lưu liên kết.' : 'Đã thêm liên kết.'} />
      </div>
    </ReadyForm>
  );
}
