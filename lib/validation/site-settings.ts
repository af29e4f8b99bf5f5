import { SITE_SETTING_KEYS, SITE_SETTING_LABELS, STALE_AFTER_DAYS, type SiteSettingKey } from '@/lib/domain/site-settings';
import { EMAIL_MESSAGE, EMAIL_PATTERN, isHttpsUrlOrEmpty, PHONE_MESSAGE, PHONE_PATTERN } from './contact-fields';
import { z } from './zod';

const text = (key: SiteSettingKey, max: number) =>
  z.string().trim().min(1, `Vui lòng nhập ${SITE_SETTING_LABELS[key].toLowerCase()}.`).max(max, `${SITE_SETTING_LABELS[key]} dài tối đa ${max} ký tự.`);

export const siteSettingsSchema = z.object({
  officeName: text('officeName', 200),
  responsiblePerson: text('responsiblePerson', 200),
  address: text('address', 300),
  phone: text('phone', 50).regex(PHONE_PATTERN, PHONE_MESSAGE),
  email: text('email', 254).regex(EMAIL_PATTERN, EMAIL_MESSAGE),
  workingHours: text('workingHours', 300),
  // optional: without it /lien-he shows no map link
  mapUrl: z
    .string()
    .trim()
    .max(1000, `${SITE_SETTING_LABELS.mapUrl} dài tối đa 1000 ký tự.`)
    .refine(isHttpsUrlOrEmpty, 'Liên kết bản đồ phải là một địa chỉ bắt đầu bằng https://, ví dụ: https://www.openstreetmap.org/…'),
  welcomeLine: text('welcomeLine', 300),
  // a whole number of days, stored as text like every setting
  staleAfterDays: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập số ngày.')
    .regex(/^\d+$/, 'Số ngày là một số nguyên, ví dụ: 30.')
    .refine(
      (value) => Number(value) >= STALE_AFTER_DAYS.min && Number(value) <= STALE_AFTER_DAYS.max,
      `Số ngày từ ${STALE_AFTER_DAYS.min} đến ${STALE_AFTER_DAYS.max}.`,
    )
    .transform((value) => String(Number(value))),
} satisfies Record<SiteSettingKey, z.ZodType>);

export type SiteSettingsInput = z.output<typeof siteSettingsSchema>;
export const SITE_SETTINGS_FIELDS = SITE_SETTING_KEYS;
