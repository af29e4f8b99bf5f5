import type { Db } from '@/lib/db/types';

/** Every procedure in the order the public page shows them (by sortOrder, then title). */
export function orderedProcedures(db: Db) {
  return db.procedure.findMany({ orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }, { id: 'asc' }] });
}
