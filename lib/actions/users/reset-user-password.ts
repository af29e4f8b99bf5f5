'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db/client';
import { resetUserPassword } from '@/lib/users/manage-users';
import { resetPasswordSchema } from '@/lib/validation/user';
import { editorAction } from '../safe-action';

export const resetUserPasswordAction = editorAction(
  { name: 'user:reset-password', schema: resetPasswordSchema, permission: 'user:manage', failureMessage: 'Không đặt lại được mật khẩu. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await resetUserPassword(prisma, user, input);
    revalidatePath('/quan-tri/nguoi-dung');
    return result;
  },
);
