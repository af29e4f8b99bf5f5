'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db/client';
import { changeUserRole } from '@/lib/users/manage-users';
import { changeRoleSchema } from '@/lib/validation/user';
import { editorAction } from '../safe-action';

export const changeUserRoleAction = editorAction(
  { name: 'user:role', schema: changeRoleSchema, permission: 'user:manage', failureMessage: 'Không đổi được vai trò. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await changeUserRole(prisma, user, input);
    revalidatePath('/quan-tri/nguoi-dung');
    return result;
  },
);
