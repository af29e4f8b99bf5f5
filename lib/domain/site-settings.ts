/** Editable site settings, their labels, and the sample values the portal ships with. */
export const SITE_SETTING_KEYS = [
  'officeName',
  'responsiblePerson',
  'address',
  'phone',
  'email',
  'workingHours',
  'mapUrl',
  'welcomeLine',
] as const;
export type SiteSettingKey = (typeof SITE_SETTING_KEYS)[number];

export const SITE_SETTING_LABELS: Record<SiteSettingKey, string> = {
  officeName: 'Cơ quan chủ quản',
  responsiblePerson: 'Người chịu trách nhiệm nội dung',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  workingHours: 'Giờ làm việc',
  mapUrl: 'Liên kết bản đồ',
  welcomeLine: 'Lời chào trang chủ',
};

/**
 * The office's contact details, shown on /lien-he and the English page: a change to one of
 * them is a change of those sections ("Cập nhật lần cuối").
 */
export const CONTACT_SETTING_KEYS = ['officeName', 'address', 'phone', 'email', 'workingHours', 'mapUrl'] as const satisfies readonly SiteSettingKey[];

export type SiteSettingValue = { value: string; isSample: boolean };
export type SiteSettings = Record<SiteSettingKey, SiteSettingValue>;

/**
 * What a fresh portal shows until an editor enters the real details. Everything but the
 * welcome line (taken from the original page) is a placeholder and is marked as sample data.
 */
export const DEFAULT_SITE_SETTINGS: Record<SiteSettingKey, SiteSettingValue> = {
  officeName: { value: 'Ủy ban nhân dân Phường Phước Hưng', isSample: true },
  responsiblePerson: { value: 'Nguyễn Văn A – Chủ tịch UBND phường', isSample: true },
  address: { value: 'Số 1 đường Mẫu, Phường Phước Hưng', isSample: true },
  phone: { value: '0254 000 0000', isSample: true },
  email: { value: 'phuochung@example.gov.vn', isSample: true },
  workingHours: { value: 'Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00', isSample: true },
  mapUrl: { value: 'https://www.openstreetmap.org/search?query=Ph%C6%B0%E1%BB%9Dng%20Ph%C6%B0%E1%BB%9Bc%20H%C6%B0ng', isSample: true },
  welcomeLine: { value: 'Chào mừng bạn đến với Trang thông tin điện tử Phường Phước Hưng', isSample: false },
};
