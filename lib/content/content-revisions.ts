import type { Db } from '@/lib/db/types';

/** Kinds of section content that keep revisions (prose editors write). */
export type RevisionEntityType = 'page' | 'document';

export type ContentRevisionInput<T> = {
  entityType: RevisionEntityType;
  entityId: string;
  /** the content's version after the save */
  version: number;
  title: string;
  /** the saved fields, restorable as they are */
  data: T;
  authorId: string | null;
  note?: string;
};

/** Keeps a full copy of the content as saved. Pass the save's transaction. */
export async function recordContentRevision<T>(db: Db, input: ContentRevisionInput<T>): Promise<void> {
  await db.contentRevision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      version: input.version,
      title: input.title,
      data: JSON.stringify(input.data),
      authorId: input.authorId,
      note: input.note ?? '',
    },
  });
}

/** The content's revisions, newest first, with who saved each. */
export function listContentRevisions(db: Db, entityType: RevisionEntityType, entityId: string, take = 50) {
  return db.contentRevision.findMany({
    where: { entityType, entityId },
    orderBy: { version: 'desc' },
    take,
    select: { id: true, version: true, title: true, note: true, createdAt: true, author: { select: { name: true } } },
  });
}

/** One revision with its saved fields parsed, or null if it is not the given content's. */
export async function readContentRevision<T>(db: Db, entityType: RevisionEntityType, entityId: string, revisionId: string) {
  const row = await db.contentRevision.findUnique({ where: { id: revisionId } });
  if (!row || row.entityType !== entityType || row.entityId !== entityId) return null;
  return { ...row, data: JSON.parse(row.data) as T };
}
