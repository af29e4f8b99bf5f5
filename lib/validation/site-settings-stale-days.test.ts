import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, parseStaleAfterDays, SITE_SETTING_KEYS } from '@/lib/domain/site-settings';
import { siteSettingsSchema } from './site-settings';
import { fieldErrorsOf } from './zod';

const valid = Object.fromEntries(SITE_SETTING_KEYS.map((key) => [key, DEFAULT_SITE_SETTINGS[key].value]));

describe('staleAfterDays', () => {
  it('is a whole number of days from 1 to 365, stored as text', () => {
    expect(siteSettingsSchema.parse({ ...valid, staleAfterDays: ' 045 ' }).staleAfterDays).toBe('45');
    expect(siteSettingsSchema.parse({ ...valid, staleAfterDays: '365' }).staleAfterDays).toBe('365');
    const message = (staleAfterDays: string) => {
      const result = siteSettingsSchema.safeParse({ ...valid, staleAfterDays });
      return result.success ? null : fieldErrorsOf(result.error).staleAfterDays;
    };
    expect(message('0')).toBe('Số ngày từ 1 đến 365.');
    expect(message('366')).toBe('Số ngày từ 1 đến 365.');
    expect(message('1.5')).toBe('Số ngày là một số nguyên, ví dụ: 30.');
    expect(message('-3')).toBe('Số ngày là một số nguyên, ví dụ: 30.');
    expect(message('')).toBe('Vui lòng nhập số ngày.');
  });

  it('defaults to 30 days, which is not sample data', () => {
    expect(DEFAULT_SITE_SETTINGS.staleAfterDays).toEqual({ value: '30', isSample: false });
  });

  it('reads a stored value back, falling back to the default for anything unreadable', () => {
    expect(parseStaleAfterDays('14')).toBe(14);
    expect(parseStaleAfterDays('0')).toBe(30);
    expect(parseStaleAfterDays('nhiều')).toBe(30);
    expect(parseStaleAfterDays('400')).toBe(30);
  });
});
