'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { moveProcedure } from '@/lib/procedures/manage-procedures';
import { moveSchema } from '@/lib/validation/ordered-list';
import { editorAction } from '../safe-action';

export const moveProcedureAction = editorAction(
  { name: 'procedure:move', schema: moveSchema, permission: 'sections:manage', failureMessage: 'Không đổi được thứ tự. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await moveProcedure(prisma, user, input);
    revalidateSection('thu-tuc-hanh-chinh');
    return result;
  },
);
