'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { moveExternalLink } from '@/lib/external-links/manage-external-links';
import { moveSchema } from '@/lib/validation/ordered-list';
import { editorAction } from '../safe-action';

export const moveExternalLinkAction = editorAction(
  { name: 'link:move', schema: moveSchema, permission: 'sections:manage', failureMessage: 'Không đổi được thứ tự. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await moveExternalLink(prisma, user, input);
    revalidateSection('lien-ket');
    return result;
  },
);
