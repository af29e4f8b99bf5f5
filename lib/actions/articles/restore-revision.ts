'use server';

import { restoreRevision } from '@/lib/articles/restore-revision';
import { revalidateArticleChange } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { restoreRevisionSchema } from '@/lib/validation/article';
import { editorAction } from '../safe-action';

/** "Khôi phục phiên bản này" in an article's history. */
export const restoreRevisionAction = editorAction(
  { name: 'article:restore-revision', schema: restoreRevisionSchema, permission: 'article:create', failureMessage: 'Không khôi phục được phiên bản này. Vui lòng thử lại.' },
  async (input, { user }) => {
    const { article, publicChange, restoredVersion } = await restoreRevision(prisma, user, input);
    if (publicChange) revalidateArticleChange(publicChange);
    return { article, restoredVersion };
  },
);
