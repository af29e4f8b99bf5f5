'use server';

import { createArticlePreview } from '@/lib/articles/article-preview';
import { prisma } from '@/lib/db/client';
import { articleFormSchema } from '@/lib/validation/article';
import { editorAction } from '../safe-action';

/** "Xem trước": keeps the unsaved form for the preview page, which the editor opens in a new tab. */
export const previewArticleAction = editorAction(
  { name: 'article:preview', schema: articleFormSchema, permission: 'article:create', failureMessage: 'Không mở được bản xem trước. Vui lòng thử lại.' },
  async (input, { user }) => {
    const { previewId } = await createArticlePreview(prisma, user, input);
    return { previewUrl: `/quan-tri/xem-truoc/${previewId}` };
  },
);
