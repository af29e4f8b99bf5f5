'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { moveLeader } from '@/lib/leaders/manage-leaders';
import { moveLeaderSchema } from '@/lib/validation/leader';
import { editorAction } from '../safe-action';

/** "Lên" / "Xuống": the leadership's order on /gioi-thieu. */
export const moveLeaderAction = editorAction(
  { name: 'leader:move', schema: moveLeaderSchema, permission: 'sections:manage', failureMessage: 'Không đổi được thứ tự. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await moveLeader(prisma, user, input);
    if (result.moved) revalidateSection('gioi-thieu');
    return result;
  },
);
