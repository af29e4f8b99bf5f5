import { randomBytes } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import { ActionError } from '@/lib/actions/action-error';
import type { PrismaClient } from '@/lib/db/client';
import { discardMediaFile, saveMediaFile } from './storage';

/** The largest upload accepted; a phone photo is 2–6 MB, so 5 MB covers most and stops abuse. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Larger images are scaled down on upload; next/image serves smaller sizes from this. */
const MAX_STORED_WIDTH = 2400;
const MAX_INPUT_PIXELS = 60_000_000;

const FORMATS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;
type Format = keyof typeof FORMATS;

export type UploadedImage = { id: string; src: string; width: number; height: number; alt: string };

function refuse(message: string): ActionError {
  return new ActionError('invalid', message, { file: message });
}

/**
 * Stores an uploaded image after checking it really is a JPEG, PNG or WebP (by its
 * content, not its name), of a sensible size. It is re-encoded on the way in: the photo
 * is turned upright, scaled down if huge, and loses its metadata (a phone photo's GPS
 * position must not be published with it).
 */
export async function storeUploadedImage(db: PrismaClient, uploaderId: string, file: unknown, alt = ''): Promise<UploadedImage> {
  if (!(file instanceof Blob) || file.size === 0) throw refuse('Vui lòng chọn một tệp ảnh.');
  if (file.size > MAX_IMAGE_BYTES) {
    throw refuse(`Ảnh nặng ${(file.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB, quá giới hạn 5 MB. Vui lòng chọn ảnh nhỏ hơn.`);
  }
  const input = Buffer.from(await file.arrayBuffer());
  let format: Format;
  try {
    const metadata = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (!metadata.format || !(metadata.format in FORMATS)) throw new Error('unsupported');
    if (!metadata.width || !metadata.height || metadata.width < 16 || metadata.height < 16) throw new Error('too small');
    format = metadata.format as Format;
  } catch {
    throw refuse('Tệp này không phải ảnh JPEG, PNG hoặc WebP hợp lệ. Vui lòng chọn ảnh khác.');
  }

  let output: { data: Buffer; info: OutputInfo };
  try {
    const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: MAX_STORED_WIDTH, withoutEnlargement: true });
    const encoded =
      format === 'jpeg' ? pipeline.jpeg({ quality: 85, mozjpeg: true }) : format === 'png' ? pipeline.png() : pipeline.webp({ quality: 85 });
    output = await encoded.toBuffer({ resolveWithObject: true });
  } catch {
    throw refuse('Không đọc được ảnh này (có thể tệp bị hỏng). Vui lòng chọn ảnh khác.');
  }

  const now = new Date();
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  const storageKey = `uploads/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString('hex')}.${FORMATS[format]}`;
  const stored = await saveMediaFile(storageKey, output.data);
  const originalName = file instanceof File ? file.name.slice(0, 200) : 'anh';
  const media = await db.media
    .create({
      data: {
        storageKey,
        originalName,
        mimeType: `image/${format}`,
        byteSize: output.data.length,
        width: output.info.width,
        height: output.info.height,
        alt: alt.slice(0, 300),
        uploadedById: uploaderId,
        ...stored,
      },
    })
    .catch(async (error: unknown) => {
      await discardMediaFile(storageKey);
      throw error;
    });
  return { id: media.id, src: `/media/${storageKey}`, width: output.info.width, height: output.info.height, alt: media.alt };
}
