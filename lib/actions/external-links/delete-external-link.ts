'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { deleteExternalLink } from '@/lib/external-links/manage-external-links';
import { externalLinkIdSchema } from '@/lib/validation/external-link';
import { editorAction } from '../safe-action';

export const deleteExternalLinkAction = editorAction(
  { name: 'link:delete', schema: externalLinkIdSchema, permission: 'sections:manage', failureMessage: 'Không xóa được liên kết. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await deleteExternalLink(prisma, user, input);
    revalidateSection('lien-ket');
    return result;
  },
);
