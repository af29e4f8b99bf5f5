'use server';

import { restoreArticle } from '@/lib/articles/trash-article';
import { revalidateArticleChange } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { articleIdSchema } from '@/lib/validation/article';
import { editorAction } from '../safe-action';

/** "Khôi phục": takes an article out of the trash. */
export const restoreArticleAction = editorAction(
  { name: 'article:restore', schema: articleIdSchema, permission: 'article:create', failureMessage: 'Không khôi phục được bài viết. Vui lòng thử lại.' },
  async (input, { user }) => {
    const { article, publicChange } = await restoreArticle(prisma, user, input);
    if (publicChange) revalidateArticleChange(publicChange);
    return { article };
  },
);
