import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';

// The module reads the process's one Prisma client, made from DATABASE_URL on first import.
let database: TestDatabase;
let mediaDir: string;
let storage: typeof import('./storage');
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  mediaDir = mkdtempSync(path.join(tmpdir(), 'media-test-'));
  process.env.DATABASE_URL = database.url;
  process.env.MEDIA_DIR = mediaDir;
  storage = await import('./storage');
  ({ prisma } = await import('@/lib/db/client'));
});

afterEach(() => {
  delete process.env.MEDIA_STORAGE;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
  rmSync(mediaDir, { recursive: true, force: true });
  delete process.env.DATABASE_URL;
  delete process.env.MEDIA_DIR;
});

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const addRow = (storageKey: string, data: Uint8Array<ArrayBuffer> | null) =>
  prisma.media.create({ data: { storageKey, originalName: 'a.png', mimeType: 'image/png', byteSize: png.length, data } });

describe('media storage', () => {
  it('defaults to files on SQLite and to the database on PostgreSQL; MEDIA_STORAGE overrides', () => {
    expect(storage.mediaStorage()).toBe(database.kind === 'postgresql' ? 'database' : 'files');
    process.env.MEDIA_STORAGE = 'database';
    expect(storage.mediaStorage()).toBe('database');
    process.env.MEDIA_STORAGE = 's3';
    expect(() => storage.mediaStorage()).toThrow(/MEDIA_STORAGE/);
  });

  it('as files: writes the upload under MEDIA_DIR and reads it back', async () => {
    process.env.MEDIA_STORAGE = 'files';
    expect(await storage.saveMediaFile('2026/11/anh-1.png', png)).toEqual({ data: null });
    expect(readFileSync(path.join(mediaDir, '2026', '11', 'anh-1.png'))).toEqual(Buffer.from(png));
    await addRow('2026/11/anh-1.png', null);
    expect(await storage.readMediaFile('2026/11/anh-1.png')).toEqual(Buffer.from(png));
  });

  it('in the database: keeps the bytes on the Media row, not on disk, and serves them', async () => {
    process.env.MEDIA_STORAGE = 'database';
    const stored = await storage.saveMediaFile('2026/11/anh-2.png', png);
    expect(stored.data).toEqual(png);
    expect(existsSync(path.join(mediaDir, '2026', '11', 'anh-2.png'))).toBe(false);
    await addRow('2026/11/anh-2.png', stored.data);
    expect(await storage.readMediaFile('2026/11/anh-2.png')).toEqual(Buffer.from(png));
  });

  it('finds a file kept by the other store, so a change of storage loses nothing', async () => {
    process.env.MEDIA_STORAGE = 'files';
    expect(await storage.readMediaFile('2026/11/anh-2.png')).toEqual(Buffer.from(png));
    process.env.MEDIA_STORAGE = 'database';
    expect(await storage.readMediaFile('2026/11/anh-1.png')).toEqual(Buffer.from(png));
  });

  it('answers null for unknown or malformed keys and refuses to store under them', async () => {
    expect(await storage.readMediaFile('2026/11/khong-co.png')).toBeNull();
    expect(await storage.readMediaFile('../secret.png')).toBeNull();
    expect(await storage.readMediaFile('2026/11/anh.exe')).toBeNull();
    await expect(storage.saveMediaFile('../anh.png', png)).rejects.toThrow(/Invalid media storage key/);
  });
});
