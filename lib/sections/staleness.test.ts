import { describe, expect, it } from 'vitest';
import { daysAgo, findStaleAreas, type ContentArea } from './staleness';

// The unit tests run with TZ=America/Los_Angeles: days are counted in Vietnam whatever the server's zone.
const vn = (local: string) => new Date(`${local}+07:00`);

describe('daysAgo', () => {
  it('counts calendar days in Vietnam', () => {
    const now = vn('2026-11-26T09:00:00');
    expect(daysAgo(vn('2026-11-26T00:01:00'), now)).toBe(0);
    expect(daysAgo(vn('2026-11-25T23:59:00'), now)).toBe(1);
    expect(daysAgo(vn('2026-10-27T09:00:00'), now)).toBe(30);
    expect(daysAgo(vn('2025-11-26T09:00:00'), now)).toBe(365);
  });

  it('treats midnight in Vietnam as the day boundary, not UTC midnight', () => {
    // 06:59 and 07:00 UTC on the same UTC day are 13:59 and 14:00 in Vietnam: same day.
    expect(daysAgo(new Date('2026-11-26T06:59:00Z'), new Date('2026-11-26T07:00:00Z'))).toBe(0);
    // 16:59 UTC is 23:59 in Vietnam; 17:00 UTC is already the next day there.
    expect(daysAgo(new Date('2026-11-26T16:59:00Z'), new Date('2026-11-26T17:00:00Z'))).toBe(1);
  });

  it('is never negative (a clock slightly ahead)', () => {
    expect(daysAgo(vn('2026-11-27T08:00:00'), vn('2026-11-26T08:00:00'))).toBe(0);
  });
});

describe('findStaleAreas', () => {
  const now = vn('2026-11-26T09:00:00');
  const area = (id: string, lastUpdated: Date | null): ContentArea => ({ id, label: id, publicPath: `/${id}`, editorPath: null, lastUpdated });

  it('keeps the areas older than the limit and the never-updated ones, the never-updated first, then the oldest', () => {
    const areas = [
      area('hom-nay', vn('2026-11-26T08:00:00')),
      area('dung-30-ngay', vn('2026-10-27T20:00:00')),
      area('31-ngay', vn('2026-10-26T10:00:00')),
      area('chua-bao-gio', null),
      area('100-ngay', vn('2026-08-18T10:00:00')),
    ];
    const stale = findStaleAreas(areas, now, 30);
    expect(stale.map((a) => [a.id, a.daysAgo])).toEqual([
      ['chua-bao-gio', null],
      ['100-ngay', 100],
      ['31-ngay', 31],
    ]);
  });

  it('follows the configured number of days', () => {
    const areas = [area('31-ngay', vn('2026-10-26T10:00:00'))];
    expect(findStaleAreas(areas, now, 31)).toEqual([]);
    expect(findStaleAreas(areas, now, 1)).toHaveLength(1);
  });
});
