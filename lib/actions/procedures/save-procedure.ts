'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { saveProcedure } from '@/lib/procedures/manage-procedures';
import { procedureFormSchema } from '@/lib/validation/procedure';
import { editorAction } from '../safe-action';

/** Adds or edits a procedure; /thu-tuc-hanh-chinh and the sitemap are refreshed once it is saved. */
export const saveProcedureAction = editorAction(
  { name: 'procedure:save', schema: procedureFormSchema, permission: 'sections:manage', failureMessage: 'Không lưu được thủ tục. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await saveProcedure(prisma, user, input);
    revalidateSection('thu-tuc-hanh-chinh');
    return result;
  },
);
