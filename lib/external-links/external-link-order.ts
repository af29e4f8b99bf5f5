import type { Db } from '@/lib/db/types';

/** Every link in the order the public page shows them (by sortOrder, then title). */
export function orderedExternalLinks(db: Db) {
  return db.externalLink.findMany({ orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }, { id: 'asc' }] });
}
