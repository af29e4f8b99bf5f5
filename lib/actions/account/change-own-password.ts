'use server';

import { prisma } from '@/lib/db/client';
import { changeOwnPassword } from '@/lib/users/manage-users';
import { changeOwnPasswordSchema } from '@/lib/validation/user';
import { editorAction } from '../safe-action';

export const changeOwnPasswordAction = editorAction(
  { name: 'account:password', schema: changeOwnPasswordSchema, permission: 'account:manage-own', failureMessage: 'Không đổi được mật khẩu. Vui lòng thử lại.' },
  async (input, { user }) => changeOwnPassword(prisma, user, input),
);
