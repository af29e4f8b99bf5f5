'use server';

import { revalidatePath } from 'next/cache';
import { resetArticleRatings } from '@/lib/ratings/reset-article-ratings';
import { z } from '@/lib/validation/zod';
import { ActionError, editorAction } from '../safe-action';

const resetRatingsSchema = z.object({ articleId: z.string().trim().min(1).max(64) });

/** An administrator removes every vote on an article (logged in the audit log). */
export const resetArticleRatingsAction = editorAction(
  {
    name: 'ratings:reset',
    schema: resetRatingsSchema,
    permission: 'ratings:reset',
    failureMessage: 'Không xóa được đánh giá. Vui lòng thử lại.',
  },
  async ({ articleId }, { user }) => {
    const reset = await resetArticleRatings({ articleId, actorId: user.id });
    if (!reset) throw new ActionError('not-found', 'Không tìm thấy bài viết.');
    revalidatePath('/quan-tri');
    return { removedVotes: reset.removedVotes };
  },
);
