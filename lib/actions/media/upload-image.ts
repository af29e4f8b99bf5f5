'use server';

import { prisma } from '@/lib/db/client';
import { storeUploadedImage } from '@/lib/media/upload-image';
import { z } from '@/lib/validation/zod';
import { editorAction } from '../safe-action';

const uploadSchema = z.object({
  file: z.unknown(),
  alt: z.string().trim().max(300).optional().default(''),
});

/** Uploads an image (cover or body) from a FormData with `file` and optional `alt`. */
export const uploadImageAction = editorAction(
  { name: 'media:upload', schema: uploadSchema, permission: 'media:upload', failureMessage: 'Không tải được ảnh lên. Vui lòng thử lại.' },
  async (input, { user }) => {
    const image = await storeUploadedImage(prisma, user.id, input.file, input.alt);
    return { image };
  },
);
