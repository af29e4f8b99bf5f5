'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { deleteDocument } from '@/lib/documents/write-document';
import { documentRefSchema } from '@/lib/validation/legal-document';
import { editorAction } from '../safe-action';

/** "Xóa văn bản" (confirmed in the browser first). */
export const deleteDocumentAction = editorAction(
  { name: 'document:delete', schema: documentRefSchema, permission: 'sections:manage', failureMessage: 'Không xóa được văn bản. Vui lòng thử lại.' },
  async (input, { user }) => {
    const { publicPaths } = await deleteDocument(prisma, user, input);
    if (publicPaths) revalidateSection('van-ban', publicPaths);
    return { deleted: true };
  },
);
