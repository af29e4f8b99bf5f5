import { describe, expect, it } from 'vitest';
import { FIRST_VOTE_INVITATION, applyVote, averageTenths, formatCount, ratingSummaryText } from './rating-summary';

describe('ratingSummaryText', () => {
  it('invites the first vote when nobody has voted', () => {
    expect(ratingSummaryText({ count: 0, sum: 0 })).toBe(FIRST_VOTE_INVITATION);
  });

  it('prints the average with a decimal comma and the number of votes', () => {
    expect(ratingSummaryText({ count: 12, sum: 52 })).toBe('4,3/5 (12 lượt đánh giá)');
    expect(ratingSummaryText({ count: 1, sum: 5 })).toBe('5,0/5 (1 lượt đánh giá)');
    expect(ratingSummaryText({ count: 1234, sum: 1234 })).toBe('1,0/5 (1.234 lượt đánh giá)');
  });

  it('rounds half up without floating-point surprises', () => {
    expect(averageTenths({ count: 4, sum: 17 })).toBe(43); // 4.25
    expect(averageTenths({ count: 20, sum: 87 })).toBe(44); // 4.35, which 4.35 * 10 would round down
    expect(averageTenths({ count: 3, sum: 10 })).toBe(33); // 3.333…
    expect(averageTenths({ count: 3, sum: 11 })).toBe(37); // 3.666…
  });
});

describe('formatCount', () => {
  it('groups thousands with dots', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(1000)).toBe('1.000');
    expect(formatCount(1234567)).toBe('1.234.567');
  });
});

describe('applyVote', () => {
  it('adds a first vote and replaces a changed one', () => {
    expect(applyVote({ count: 2, sum: 7 }, null, 5)).toEqual({ count: 3, sum: 12 });
    expect(applyVote({ count: 3, sum: 12 }, 5, 1)).toEqual({ count: 3, sum: 8 });
  });
});
