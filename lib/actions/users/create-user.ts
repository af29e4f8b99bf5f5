'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db/client';
import { createUser } from '@/lib/users/manage-users';
import { createUserSchema } from '@/lib/validation/user';
import { editorAction } from '../safe-action';

export const createUserAction = editorAction(
  { name: 'user:create', schema: createUserSchema, permission: 'user:manage', failureMessage: 'Không tạo được tài khoản. Vui lòng thử lại.' },
  async (input, { user }) => {
    const result = await createUser(prisma, user, input);
    revalidatePath('/quan-tri/nguoi-dung');
    return { email: input.email, generatedPassword: result.generatedPassword };
  },
);
