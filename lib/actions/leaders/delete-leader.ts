'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { deleteLeader } from '@/lib/leaders/manage-leaders';
import { leaderIdSchema } from '@/lib/validation/leader';
import { editorAction } from '../safe-action';

export const deleteLeaderAction = editorAction(
  { name: 'leader:delete', schema: leaderIdSchema, permission: 'sections:manage', failureMessage: 'Không xóa được. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await deleteLeader(prisma, user, input);
    revalidateSection('gioi-thieu');
    return result;
  },
);
