import { describe, expect, it } from 'vitest';
import { moveInList, nextSortOrder } from './list-order';

const items = [
  { id: 'a', sortOrder: 1, field: 'Hộ tịch' },
  { id: 'b', sortOrder: 2, field: 'Chứng thực' },
  { id: 'c', sortOrder: 3, field: 'Hộ tịch' },
  { id: 'd', sortOrder: 4, field: 'Chứng thực' },
];

describe('moveInList', () => {
  it('swaps with the neighbour and returns only the numbers that change', () => {
    expect(moveInList(items, 'b', 'up')).toEqual([
      { id: 'b', sortOrder: 1 },
      { id: 'a', sortOrder: 2 },
    ]);
    expect(moveInList(items, 'c', 'down')).toEqual([
      { id: 'd', sortOrder: 3 },
      { id: 'c', sortOrder: 4 },
    ]);
  });

  it('moves past items of other groups to the nearest one of its own', () => {
    const sameField = (x: (typeof items)[number], y: (typeof items)[number]) => x.field === y.field;
    expect(moveInList(items, 'c', 'up', sameField)).toEqual([
      { id: 'c', sortOrder: 1 },
      { id: 'a', sortOrder: 3 },
    ]);
    expect(moveInList(items, 'a', 'up', sameField)).toBeNull();
    expect(moveInList(items, 'd', 'down', sameField)).toBeNull();
  });

  it('renumbers equal or sparse numbers so that the move shows', () => {
    const typed = [
      { id: 'x', sortOrder: 0 },
      { id: 'y', sortOrder: 0 },
      { id: 'z', sortOrder: 50 },
    ];
    expect(moveInList(typed, 'y', 'up')).toEqual([
      { id: 'y', sortOrder: 1 },
      { id: 'x', sortOrder: 2 },
      { id: 'z', sortOrder: 3 },
    ]);
  });

  it('refuses to move past either end, or an item that is not there', () => {
    expect(moveInList(items, 'a', 'up')).toBeNull();
    expect(moveInList(items, 'd', 'down')).toBeNull();
    expect(moveInList(items, 'khong-co', 'up')).toBeNull();
  });
});

describe('nextSortOrder', () => {
  it('puts a new item after the last', () => {
    expect(nextSortOrder([])).toBe(1);
    expect(nextSortOrder([{ sortOrder: 7 }, { sortOrder: 3 }])).toBe(8);
  });
});
