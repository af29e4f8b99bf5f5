import type { Db } from '@/lib/db/types';
import type { SectionKey } from '@/lib/domain/sections';

/**
 * Records that a section's public content changed now (an edit, an addition or a deletion).
 * Call it inside the change's transaction, so both commit or neither does.
 */
export async function touchSection(db: Db, key: SectionKey, actorId: string | null, at: Date = new Date()): Promise<void> {
  await db.sectionUpdate.upsert({
    where: { key },
    create: { key, updatedAt: at, updatedById: actorId },
    update: { updatedAt: at, updatedById: actorId },
  });
}
