import 'server-only';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Uploaded media lives under the data directory unless MEDIA_DIR says otherwise. */
export function mediaDirectory(): string {
  // The directory is configuration, not source: keep the bundler from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || path.join(process.cwd(), 'data', 'media'));
}

const STORAGE_KEY = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*\.(?:jpg|jpeg|png|webp|avif|gif)$/;

/** The bytes of a stored media file, or null when the key is malformed or the file is missing. */
export async function readMediaFile(storageKey: string): Promise<Buffer | null> {
  if (!STORAGE_KEY.test(storageKey)) return null;
  const file = path.join(mediaDirectory(), storageKey);
  if (!file.startsWith(mediaDirectory() + path.sep)) return null;
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

export function mediaContentType(storageKey: string): string {
  return CONTENT_TYPES[storageKey.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/**
 * Writes a new media file under its key. Keys are never reused (each upload gets a fresh
 * random one), so the file is written once, to a temporary name first: a crash mid-write
 * never leaves a half file under a key the database points to.
 */
export async function saveMediaFile(storageKey: string, bytes: Buffer): Promise<void> {
  if (!STORAGE_KEY.test(storageKey)) throw new Error(`Invalid media key: ${storageKey}`);
  const file = path.join(mediaDirectory(), storageKey);
  if (!file.startsWith(mediaDirectory() + path.sep)) throw new Error(`Invalid media key: ${storageKey}`);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { flag: 'wx' });
  await rename(temporary, file);
}
