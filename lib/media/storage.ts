import 'server-only';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db/client';
import { databaseKind } from '@/lib/db/database-url';
import { mediaDirectory } from './media-directory';

export { mediaDirectory };

export type MediaStorage = 'files' | 'database';

/**
 * Where new uploads go. On the embedded default (SQLite) they are files under MEDIA_DIR,
 * backed up with the rest of ./data/. On PostgreSQL they go into the database (Media.data),
 * so that every portal instance can serve every file with no shared disk, and pg_dump
 * backs them up. MEDIA_STORAGE=files|database overrides the choice.
 */
export function mediaStorage(): MediaStorage {
  const configured = process.env.MEDIA_STORAGE?.trim();
  if (configured === 'files' || configured === 'database') return configured;
  if (configured) throw new Error(`MEDIA_STORAGE must be "files" or "database", not "${configured}"`);
  return databaseKind() === 'postgresql' ? 'database' : 'files';
}

// Images, and the PDFs of the documents registry (served by /van-ban/<slug>/tai-ve, not /media).
const STORAGE_KEY = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*\.(?:jpg|jpeg|png|webp|avif|gif|pdf)$/;

function filePath(storageKey: string): string | null {
  if (!STORAGE_KEY.test(storageKey)) return null;
  const file = path.join(mediaDirectory(), storageKey);
  return file.startsWith(mediaDirectory() + path.sep) ? file : null;
}

/** What the Media row of an upload must hold: the bytes themselves when stored in the database. */
export type StoredMedia = { data: Uint8Array<ArrayBuffer> | null };

/**
 * Stores an upload's bytes under `storageKey` and returns the fields to save on its Media
 * row (`prisma.media.create({ data: { storageKey, …, ...stored } })`).
 */
export async function saveMediaFile(storageKey: string, bytes: Uint8Array): Promise<StoredMedia> {
  const file = filePath(storageKey);
  if (!file) throw new Error(`Invalid media storage key "${storageKey}"`);
  if (mediaStorage() === 'database') return { data: new Uint8Array(bytes) };
  await mkdir(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  // Written aside then renamed, so a reader never sees half a file.
  const partial = `${file}.${process.pid}.partial`;
  try {
    await writeFile(/*turbopackIgnore: true*/ partial, bytes, { flag: 'wx' });
    await rename(/*turbopackIgnore: true*/ partial, file);
  } catch (error) {
    // A full disk leaves half a file behind: it must not keep the space the next upload needs.
    await rm(/*turbopackIgnore: true*/ partial, { force: true }).catch(() => undefined);
    throw error;
  }
  return { data: null };
}

/**
 * Removes what saveMediaFile stored when the Media row that was to describe it could not be
 * written (a full disk, a read-only database): no file without a row.
 */
export async function discardMediaFile(storageKey: string): Promise<void> {
  const file = filePath(storageKey);
  if (!file || mediaStorage() === 'database') return;
  await rm(/*turbopackIgnore: true*/ file, { force: true }).catch((error: Error) => {
    console.error(`[media] removing ${storageKey} after a failed upload: ${error.message}`);
  });
}

/**
 * The bytes of a stored media file, or null when the key is malformed or nothing is stored
 * under it. Looks in both stores (the configured one first), so that files uploaded before
 * a change of storage, or copied by `npm run db:copy`, are still served.
 */
export async function readMediaFile(storageKey: string): Promise<Buffer | null> {
  const file = filePath(storageKey);
  if (!file) return null;
  const fromDatabase = async () => {
    const row = await prisma.media.findUnique({ where: { storageKey }, select: { data: true } });
    return row?.data ? Buffer.from(row.data) : null;
  };
  const fromFile = () => readFile(/*turbopackIgnore: true*/ file).catch(() => null);
  return mediaStorage() === 'database' ? ((await fromDatabase()) ?? fromFile()) : ((await fromFile()) ?? fromDatabase());
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  pdf: 'application/pdf',
};

export function mediaContentType(storageKey: string): string {
  return CONTENT_TYPES[storageKey.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** True for the stored images that /media/<key> serves to anyone; other files have routes that check who may see them. */
export function isPublicMediaKey(storageKey: string): boolean {
  return mediaContentType(storageKey).startsWith('image/');
}
