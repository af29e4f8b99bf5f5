/** An item of a list editors order by hand (procedures, links). */
export type OrderedItem = { id: string; sortOrder: number };

/**
 * The new sortOrder of every item whose position changes when `id` moves one place up or
 * down, past the nearest item `sameGroup` accepts (a procedure moves within its field).
 * The whole list is renumbered 1, 2, 3…, so equal or sparse numbers an editor typed still
 * move as the editor sees them. Null when the item is already first or last of its group,
 * or not in the list. `items` must be in display order.
 */
export function moveInList<T extends OrderedItem>(
  items: readonly T[],
  id: string,
  direction: 'up' | 'down',
  sameGroup: (a: T, b: T) => boolean = () => true,
): { id: string; sortOrder: number }[] | null {
  const from = items.findIndex((item) => item.id === id);
  if (from === -1) return null;
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < items.length && !sameGroup(items[from], items[to])) to += step;
  if (to < 0 || to >= items.length) return null;
  const reordered = [...items];
  [reordered[from], reordered[to]] = [reordered[to], reordered[from]];
  return reordered.flatMap((item, index) => (item.sortOrder === index + 1 ? [] : [{ id: item.id, sortOrder: index + 1 }]));
}

/** The sortOrder that puts a new item after every existing one. */
export function nextSortOrder(items: readonly { sortOrder: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.sortOrder), 0) + 1;
}
