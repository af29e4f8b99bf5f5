'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { deleteProcedure } from '@/lib/procedures/manage-procedures';
import { procedureIdSchema } from '@/lib/validation/procedure';
import { editorAction } from '../safe-action';

export const deleteProcedureAction = editorAction(
  { name: 'procedure:delete', schema: procedureIdSchema, permission: 'sections:manage', failureMessage: 'Không xóa được thủ tục. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await deleteProcedure(prisma, user, input);
    revalidateSection('thu-tuc-hanh-chinh');
    return result;
  },
);
