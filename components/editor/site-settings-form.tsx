'use client';

import { useId } from 'react';
import { updateSiteSettingsAction } from '@/lib/actions/settings/update-site-settings';
import { isPublicSetting, SITE_SETTING_KEYS, SITE_SETTING_LABELS, STALE_AFTER_DAYS, type SiteSettings } from '@/lib/domain/site-settings';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';
import { ReadyForm } from '@/components/ui/ready-form';

const HINTS: Partial<Record<(typeof SITE_SETTING_KEYS)[number], string>> = {
  officeName: 'Cơ quan chủ quản, hiện ở chân mọi trang.',
  responsiblePerson: 'Họ tên và chức vụ, ví dụ: Nguyễn Văn A – Chủ tịch UBND phường.',
  mapUrl: 'Địa chỉ trang bản đồ chỉ đến trụ sở (ví dụ trên OpenStreetMap), bắt đầu bằng https://. Trang Liên hệ hiện liên kết “Xem bản đồ”; để trống thì không hiện.',
  welcomeLine: 'Dòng chào lớn ở đầu trang chủ.',
};

const INPUT_TYPES: Partial<Record<(typeof SITE_SETTING_KEYS)[number], string>> = { email: 'email', phone: 'tel', mapUrl: 'url' };
const PUBLIC_KEYS = SITE_SETTING_KEYS.filter(isPublicSetting);

export function SiteSettingsForm({ settings }: { settings: SiteSettings }) {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(updateSiteSettingsAction, { refreshOnSuccess: true });
  const anySample = PUBLIC_KEYS.some((key) => settings[key].isSample);
  return (
    <ReadyForm onSubmit={onSubmit} noValidate aria-label="Thông tin trang" className="max-w-2xl space-y-4">
      {anySample ? (
        <p className="notice notice-warning">
          Các mục đánh dấu “Dữ liệu mẫu” đang hiện cho bạn đọc kèm nhãn đó. Khi bạn lưu, mọi giá trị trong biểu mẫu được coi là thông tin chính thức và nhãn “Dữ liệu mẫu” không còn hiện.
        </p>
      ) : null}
      {PUBLIC_KEYS.map((key) => (
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
      <fieldset className="rounded border border-gray-300 p-3">
        <legend className="px-1 font-bold">Dành cho ban biên tập</legend>
        <TextField
          id={`${id}-staleAfterDays`}
          name="staleAfterDays"
          label={SITE_SETTING_LABELS.staleAfterDays}
          defaultValue={settings.staleAfterDays.value}
          type="number"
          inputMode="numeric"
          min={STALE_AFTER_DAYS.min}
          max={STALE_AFTER_DAYS.max}
          hint={`Mục nào không được cập nhật quá số ngày này sẽ hiện trong ô “Mục lâu chưa cập nhật” ở trang Bài viết của biên tập viên (từ ${STALE_AFTER_DAYS.min} đến ${STALE_AFTER_DAYS.max}, mặc định ${STALE_AFTER_DAYS.default}). Bạn đọc không thấy thông tin này.`}
          error={fieldErrors.staleAfterDays}
          className="max-w-xs"
        />
      </fieldset>
      <FormOutcome
        state={state}
        successText={
          state?.ok
            ? state.changed.length === 0
              ? 'Không có thay đổi nào cần lưu.'
              : state.changed.some(isPublicSetting)
                ? 'Đã lưu. Mọi trang đã hiện thông tin mới.'
                : 'Đã lưu.'
            : null
        }
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? 'Đang lưu…' : 'Lưu thông tin'}
      </button>
    </ReadyForm>
  );
}
