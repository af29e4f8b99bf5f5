'use server';

import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { saveLeader } from '@/lib/leaders/manage-leaders';
import { leaderFormSchema } from '@/lib/validation/leader';
import { editorAction } from '../safe-action';

/** Adds or updates a member of the leadership shown on /gioi-thieu. */
export const saveLeaderAction = editorAction(
  { name: 'leader:save', schema: leaderFormSchema, permission: 'sections:manage', failureMessage: 'Không lưu được thông tin lãnh đạo. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await saveLeader(prisma, user, input);
    revalidateSection('gioi-thieu');
    return result;
  },
);
