import 'server-only';
import { prisma } from '@/lib/db/client';

export type LeaderPhoto = { id: string; src: string; alt: string; width: number; height: number };

export type LeaderEntry = {
  id: string;
  name: string;
  position: string;
  phone: string;
  email: string;
  responsibilities: string;
  photo: LeaderPhoto | null;
  isSample: boolean;
};

/** The ward's leadership in the editors' order, for /gioi-thieu and its editor page. */
export async function getLeaders(): Promise<LeaderEntry[]> {
  const rows = await prisma.leader.findMany({
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    include: { photo: { select: { id: true, storageKey: true, width: true, height: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    position: row.position,
    phone: row.phone,
    email: row.email,
    responsibilities: row.responsibilities,
    photo: row.photo
      ? { id: row.photo.id, src: `/media/${row.photo.storageKey}`, alt: row.photoAlt, width: row.photo.width ?? 600, height: row.photo.height ?? 800 }
      : null,
    isSample: row.isSample,
  }));
}
