'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { restoreSitePageRevision } from '@/lib/site-pages/restore-site-page-revision';
import { restoreSitePageRevisionSchema } from '@/lib/validation/site-page';
import { editorAction } from '../safe-action';

/** "Khôi phục phiên bản này" in a site page's history. */
export const restoreSitePageRevisionAction = editorAction(
  {
    name: 'page:restore-revision',
    schema: restoreSitePageRevisionSchema,
    permission: 'sections:manage',
    failureMessage: 'Không khôi phục được phiên bản này. Vui lòng thử lại.',
  },
  async (input, { user }) => {
    const { page, section, restoredVersion } = await restoreSitePageRevision(prisma, user, input);
    revalidateSection(section);
    return { page, restoredVersion };
  },
);
