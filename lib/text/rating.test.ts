import { describe, expect, it } from 'vitest';
import { formatRatingSummary } from './rating';

describe('formatRatingSummary', () => {
  it('uses a decimal comma and one decimal place', () => {
    expect(formatRatingSummary(12, 52)).toBe('4,3/5 (12 lượt)');
    expect(formatRatingSummary(1, 5)).toBe('5,0/5 (1 lượt)');
  });
  it('says nothing before the first vote', () => {
    expect(formatRatingSummary(0, 0)).toBeNull();
  });
});
