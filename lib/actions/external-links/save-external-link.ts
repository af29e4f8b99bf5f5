'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { saveExternalLink } from '@/lib/external-links/manage-external-links';
import { externalLinkFormSchema } from '@/lib/validation/external-link';
import { editorAction } from '../safe-action';

/** Adds or edits a link; /lien-ket and the sitemap are refreshed once it is saved. */
export const saveExternalLinkAction = editorAction(
  { name: 'link:save', schema: externalLinkFormSchema, permission: 'sections:manage', failureMessage: 'Không lưu được liên kết. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await saveExternalLink(prisma, user, input);
    revalidateSection('lien-ket');
    return result;
  },
);
