import { SITE_SETTING_KEYS, SITE_SETTING_LABELS, type SiteSettingKey } from '@/lib/domain/site-settings';
import { z } from './zod';

const text = (key: SiteSettingKey, max: number) =>
  z.string().trim().min(1, `Vui lòng nhập ${SITE_SETTING_LABELS[key].toLowerCase()}.`).max(max, `${SITE_SETTING_LABELS[key]} dài tối đa ${max} ký tự.`);

export const siteSettingsSchema = z.object({
  officeName: text('officeName', 200),
  responsiblePerson: text('responsiblePerson', 200),
  address: text('address', 300),
  phone: text('phone', 50).regex(/^[0-9 +().-]+$/, 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -'),
  email: text('email', 254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Thư điện tử chưa đúng dạng, ví dụ: ubnd@phuochung.gov.vn.'),
  workingHours: text('workingHours', 300),
  welcomeLine: text('welcomeLine', 300),
} satisfies Record<SiteSettingKey, z.ZodType>);

export type SiteSettingsInput = z.output<typeof siteSettingsSchema>;
export const SITE_SETTINGS_FIELDS = SITE_SETTING_KEYS;
