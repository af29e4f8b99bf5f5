'use client';

import { useId } from 'react';
import { updateSiteSettingsAction } from '@/lib/actions/settings/update-site-settings';
import { SITE_SETTING_KEYS, SITE_SETTING_LABELS, type SiteSettings } from '@/lib/domain/site-settings';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';

const HINTS: Partial<Record<(typeof SITE_SETTING_KEYS)[number], string>> = {
  officeName: 'Cơ quan chủ quản, hiện ở chân mọi trang.',
  responsiblePerson: 'Họ tên và chức vụ, ví dụ: Nguyễn Văn A – Chủ tịch UBND phường.',
  mapUrl: 'Địa chỉ trang bản đồ chỉ đến trụ sở (ví dụ trên OpenStreetMap), bắt đầu bằng https://. Trang Liên hệ hiện liên kết “Xem bản đồ”; để trống thì không hiện.',
  welcomeLine: 'Dòng chào lớn ở đầu trang chủ.',
};

const INPUT_TYPES: Partial<Record<(typeof SITE_SETTING_KEYS)[number], string>> = { email: 'email', phone: 'tel', mapUrl: 'url' };

export function SiteSettingsForm({ settings }: { settings: SiteSettings }) {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(updateSiteSettingsAction, { refreshOnSuccess: true });
  const anySample = SITE_SETTING_KEYS.some((key) => settings[key].isSample);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Thông tin trang" className="max-w-2xl space-y-4">
      {anySample ? (
        <p className="notice notice-warning">
          Các mục đánh dấu “Dữ liệu mẫu” đang hiện cho bạn đọc kèm nhãn đó. Khi bạn lưu, mọi giá trị trong biểu mẫu được coi là thông tin chính thức và nhãn “Dữ liệu mẫu” không còn hiện.
        </p>
      ) : null}
      {SITE_SETTING_KEYS.map((key) => (
        <TextField
          key={key}
          id={`${id}-${key}`}
          name={key}
          label={SITE_SETTING_LABELS[key]}
          defaultValue={settings[key].value}
          type={INPUT_TYPES[key] ?? 'text'}
          hint={[HINTS[key], settings[key].isSample ? 'Hiện là dữ liệu mẫu.' : ''].filter(Boolean).join(' ') || undefined}
          error={fieldErrors[key]}
        />
      ))}
      <FormOutcome
        state={state}
        successText={state?.ok ? (state.changed.length > 0 ? 'Đã lưu. Mọi trang đã hiện thông tin mới.' : 'Không có thay đổi nào cần lưu.') : null}
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? 'Đang lưu…' : 'Lưu thông tin'}
      </button>
    </form>
  );
}
