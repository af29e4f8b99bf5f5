'use server';

import { redirect } from 'next/navigation';
import { createDraftArticle } from '@/lib/articles/create-draft';
import { prisma } from '@/lib/db/client';
import { z } from '@/lib/validation/zod';
import { editorAction } from '../safe-action';

/** "Viết bài mới": opens the editor on a new, empty draft. */
export const createArticleDraftAction = editorAction(
  { name: 'article:create', schema: z.object({}).loose(), permission: 'article:create', failureMessage: 'Không tạo được bài viết mới. Vui lòng thử lại.' },
  async (_input, { user }) => {
    const { id } = await createDraftArticle(prisma, user);
    redirect(`/quan-tri/bai-viet/${id}`);
  },
);
