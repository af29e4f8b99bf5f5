import { describe, expect, it } from 'vitest';
import { createRefreshThrottle } from './refresh-throttle';

/** Simulates a stream of changes and returns when refreshes ran. */
function simulate(intervalMs: number, changeTimes: number[]): number[] {
  const throttle = createRefreshThrottle(intervalMs);
  const pending: number[] = [];
  const refreshedAt: number[] = [];
  const runDue = (until: number) => {
    pending.sort((a, b) => a - b);
    while (pending.length > 0 && pending[0] <= until) {
      const at = pending.shift()!;
      throttle.refreshing('a', at);
      refreshedAt.push(at);
    }
  };
  for (const time of changeTimes) {
    runDue(time);
    const delay = throttle.schedule('a', time);
    if (delay !== null) pending.push(time + delay);
  }
  runDue(Number.POSITIVE_INFINITY);
  return refreshedAt;
}

describe('createRefreshThrottle', () => {
  it('refreshes at once after a quiet period', () => {
    expect(simulate(5000, [1000])).toEqual([1000]);
    expect(simulate(5000, [1000, 20_000])).toEqual([1000, 20_000]);
  });

  it('refreshes at most once per interval under a storm, with a trailing refresh after the last change', () => {
    const storm = Array.from({ length: 1000 }, (_, i) => i * 12); // a change every 12 ms for 12 s
    const refreshes = simulate(5000, storm);
    expect(refreshes).toEqual([0, 5000, 10_000, 15_000]);
    expect(refreshes.at(-1)!).toBeGreaterThanOrEqual(storm.at(-1)!);
  });

  it('schedules nothing more while a refresh is pending', () => {
    const throttle = createRefreshThrottle(5000);
    expect(throttle.schedule('a', 0)).toBe(0);
    expect(throttle.schedule('a', 1)).toBeNull();
    throttle.refreshing('a', 2);
    expect(throttle.schedule('a', 3)).toBe(4999);
    expect(throttle.schedule('b', 3)).toBe(0);
  });
});
