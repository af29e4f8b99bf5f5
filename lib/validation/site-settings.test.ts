import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, SITE_SETTING_KEYS } from '@/lib/domain/site-settings';
import { siteSettingsSchema } from './site-settings';
import { fieldErrorsOf } from './zod';

const defaults = Object.fromEntries(SITE_SETTING_KEYS.map((key) => [key, DEFAULT_SITE_SETTINGS[key].value]));

describe('siteSettingsSchema', () => {
  it('accepts the sample values the portal ships with', () => {
    expect(siteSettingsSchema.safeParse(defaults).success).toBe(true);
  });

  it('takes the map link as an https address, or nothing', () => {
    expect(siteSettingsSchema.parse({ ...defaults, mapUrl: ' https://www.openstreetmap.org/?mlat=10.5&mlon=107.2#map=17/10.5/107.2 ' }).mapUrl).toBe(
      'https://www.openstreetmap.org/?mlat=10.5&mlon=107.2#map=17/10.5/107.2',
    );
    expect(siteSettingsSchema.parse({ ...defaults, mapUrl: '' }).mapUrl).toBe('');
  });

  it('refuses a map link that is not https, not an address, or carries credentials', () => {
    for (const mapUrl of ['http://www.openstreetmap.org/', 'javascript:alert(1)', 'ban do', 'https://user:pw@example.org/', 'https://localhost/']) {
      const result = siteSettingsSchema.safeParse({ ...defaults, mapUrl });
      expect(result.success, mapUrl).toBe(false);
      expect(fieldErrorsOf(result.error!).mapUrl).toMatch(/^Liên kết bản đồ phải là một địa chỉ bắt đầu bằng https:\/\//);
    }
  });
});
