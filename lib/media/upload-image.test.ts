import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { createTempDatabase } from '@/test/temp-database';
import { MAX_IMAGE_BYTES, storeUploadedImage } from './upload-image';

let db: PrismaClient;
let cleanup: () => Promise<void>;
let mediaDir: string;
let userId: string;

beforeAll(async () => {
  ({ prisma: db, cleanup } = await createTempDatabase('upload-test-'));
  mediaDir = mkdtempSync(path.join(os.tmpdir(), 'media-test-'));
  process.env.MEDIA_DIR = mediaDir;
  userId = (await db.user.create({ data: { email: 'a@example.vn', name: 'A', passwordHash: 'x' } })).id;
});

afterAll(async () => {
  delete process.env.MEDIA_DIR;
  rmSync(mediaDir, { recursive: true, force: true });
  await cleanup?.();
});

const image = (format: 'png' | 'jpeg' | 'webp' | 'gif', width = 640, height = 360) =>
  sharp({ create: { width, height, channels: 3, background: '#8a1616' } })
    .toFormat(format)
    .toBuffer();

describe('storeUploadedImage', () => {
  it('stores a JPEG under the media directory with its real dimensions', async () => {
    const bytes = await sharp(await image('jpeg', 3000, 2000)).withMetadata({ exif: { IFD0: { Artist: 'GPS test' } } }).toBuffer();
    const stored = await storeUploadedImage(db, userId, new File([new Uint8Array(bytes)], 'anh.JPG', { type: 'image/jpeg' }), 'Hội nghị');
    expect(stored.src).toMatch(/^\/media\/uploads\/\d{4}\/\d{2}\/[0-9a-f]{24}\.jpg$/);
    // Scaled down to the stored maximum, metadata removed.
    expect(stored).toMatchObject({ width: 2400, height: 1600, alt: 'Hội nghị' });
    const onDisk = readFileSync(path.join(mediaDir, stored.src.replace('/media/', '')));
    const metadata = await sharp(onDisk).metadata();
    expect(metadata.exif).toBeUndefined();
    expect((await db.media.findUniqueOrThrow({ where: { id: stored.id } })).uploadedById).toBe(userId);
  });

  it('accepts PNG and WebP', async () => {
    for (const format of ['png', 'webp'] as const) {
      const stored = await storeUploadedImage(db, userId, new Blob([new Uint8Array(await image(format))]));
      expect(stored.src.endsWith(format === 'png' ? '.png' : '.webp')).toBe(true);
    }
  });

  it('refuses other formats, disguised files, empty and oversized uploads', async () => {
    const refusals = [
      new File([new Uint8Array(await image('gif'))], 'anh.png', { type: 'image/png' }),
      new File(['<svg onload="alert(1)"></svg>'], 'anh.png', { type: 'image/png' }),
      new File([], 'trong.jpg', { type: 'image/jpeg' }),
      new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], 'lon.jpg', { type: 'image/jpeg' }),
      'not a file',
    ];
    for (const file of refusals) {
      await expect(storeUploadedImage(db, userId, file)).rejects.toMatchObject({ code: 'invalid', fieldErrors: { file: expect.any(String) } });
    }
  });
});
