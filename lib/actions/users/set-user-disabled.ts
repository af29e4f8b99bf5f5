'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db/client';
import { setUserDisabled } from '@/lib/users/manage-users';
import { setDisabledSchema } from '@/lib/validation/user';
import { editorAction } from '../safe-action';

export const setUserDisabledAction = editorAction(
  { name: 'user:disable', schema: setDisabledSchema, permission: 'user:manage', failureMessage: 'Không cập nhật được tài khoản. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await setUserDisabled(prisma, user, input);
    revalidatePath('/quan-tri/nguoi-dung');
    return result;
  },
);
