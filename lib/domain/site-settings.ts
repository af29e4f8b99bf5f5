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
  'staleAfterDays',
] as const;
export type SiteSettingKey = (typeof SITE_SETTING_KEYS)[number];

/** Settings for the editors' own work: readers never see them, so changing one refreshes no public page. */
export const EDITORIAL_SETTING_KEYS: readonly SiteSettingKey[] = ['staleAfterDays'];

export function isPublicSetting(key: SiteSettingKey): boolean {
  return !EDITORIAL_SETTING_KEYS.includes(key);
}

export const SITE_SETTING_LABELS: Record<SiteSettingKey, string> = {
  officeName: 'Cơ quan chủ quản',
  responsiblePerson: 'Người chịu trách nhiệm nội dung',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  workingHours: 'Giờ làm việc',
  mapUrl: 'Liên kết bản đồ',
  welcomeLine: 'Lời chào trang chủ',
  staleAfterDays: 'Nhắc cập nhật sau (ngày)',
};

/**
 * The office's contact details, shown on /lien-he and the English page: a change to one of
 * them is a change of those sections ("Cập nhật lần cuối").
 */
export const CONTACT_SETTING_KEYS = ['officeName', 'address', 'phone', 'email', 'workingHours', 'mapUrl'] as const satisfies readonly SiteSettingKey[];

/**
 * After how many days without a change a section shows in the editors' "Mục lâu chưa cập
 * nhật" panel. An editorial setting, not public information: never shown to readers.
 */
export const STALE_AFTER_DAYS = { default: 30, min: 1, max: 365 } as const;

/** The stored setting as a number of days; anything unreadable counts as the default. */
export function parseStaleAfterDays(value: string): number {
  const days = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(days) && days >= STALE_AFTER_DAYS.min && days <= STALE_AFTER_DAYS.max ? days : STALE_AFTER_DAYS.default;
}

export type SiteSettingValue = { value: string; isSample: boolean };
export type SiteSettings = Record<SiteSettingKey, SiteSettingValue>;

/**
 * What a fresh portal shows until an editor enters the real details. Everything but the
 * welcome line (taken from the original page) and the editorial staleAfterDays is a
 * placeholder and is marked as sample data.
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
  staleAfterDays: { value: String(STALE_AFTER_DAYS.default), isSample: false },
};
