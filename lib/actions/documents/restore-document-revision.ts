'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { restoreDocumentRevision } from '@/lib/documents/write-document';
import { restoreDocumentRevisionSchema } from '@/lib/validation/legal-document';
import { editorAction } from '../safe-action';

/** "Khôi phục phiên bản này" in a document's history. */
export const restoreDocumentRevisionAction = editorAction(
  {
    name: 'document:restore-revision',
    schema: restoreDocumentRevisionSchema,
    permission: 'sections:manage',
    failureMessage: 'Không khôi phục được phiên bản này. Vui lòng thử lại.',
  },
  async (input, { user }) => {
    const { document, publicPaths, restoredVersion } = await restoreDocumentRevision(prisma, user, input);
    if (publicPaths) revalidateSection('van-ban', publicPaths);
    return { document, restoredVersion };
  },
);
