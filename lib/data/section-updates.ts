import 'server-only';
import { prisma } from '@/lib/db/client';
import type { SectionKey } from '@/lib/domain/sections';

/** When the section's public content last changed ("Cập nhật lần cuối"), or null if never recorded. */
export async function getSectionLastUpdated(key: SectionKey): Promise<Date | null> {
  const row = await prisma.sectionUpdate.findUnique({ where: { key } });
  return row?.updatedAt ?? null;
}
