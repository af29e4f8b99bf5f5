import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, siteLocalToDate, toSiteIsoString } from './format-date';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatDateTime', () => {
  it('shows the seed article date exactly as the original page', () => {
    expect(formatDateTime(new Date('2023-06-30T03:23:00Z'))).toBe('30/06/2023 - 10:23');
  });

  it('uses Asia/Ho_Chi_Minh whatever the process time zone', () => {
    // vitest.config sets TZ=America/Los_Angeles for the whole run; check a second zone too.
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect(formatDateTime(new Date('2023-06-30T03:23:00Z'))).toBe('30/06/2023 - 10:23');
    }
  });

  it('rolls over the day at the ward midnight, not UTC midnight', () => {
    expect(formatDateTime(new Date('2023-12-31T17:05:00Z'))).toBe('01/01/2024 - 00:05');
    expect(formatDate(new Date('2023-12-31T16:59:00Z'))).toBe('31/12/2023');
  });

  it('pads single digits and uses a 24-hour clock', () => {
    expect(formatDateTime(new Date('2024-03-04T08:07:00Z'))).toBe('04/03/2024 - 15:07');
  });
});

describe('site-local conversions', () => {
  it('round-trips through the +07:00 offset', () => {
    const date = siteLocalToDate('2023-06-30', '10:23');
    expect(date.toISOString()).toBe('2023-06-30T03:23:00.000Z');
    expect(toSiteIsoString(date)).toBe('2023-06-30T10:23:00+07:00');
  });

  it('rejects impossible dates', () => {
    expect(() => siteLocalToDate('2023-13-45', '10:23')).toThrow(RangeError);
  });
});
