'use server';

import { trashArticle } from '@/lib/articles/trash-article';
import { revalidateArticleChange } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { articleRefSchema } from '@/lib/validation/article';
import { editorAction } from '../safe-action';

/** "Chuyển vào thùng rác". */
export const trashArticleAction = editorAction(
  { name: 'article:trash', schema: articleRefSchema, permission: 'article:create', failureMessage: 'Không chuyển được bài vào thùng rác. Vui lòng thử lại.' },
  async (input, { user }) => {
    const { article, publicChange } = await trashArticle(prisma, user, input);
    if (publicChange) revalidateArticleChange(publicChange);
    return { article };
  },
);
