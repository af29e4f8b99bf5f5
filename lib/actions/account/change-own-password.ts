'use server';

import { headers } from 'next/headers';
import { issueSessionCookie } from '@/lib/auth/issue-session-cookie';
import { prisma } from '@/lib/db/client';
import { changeOwnPassword } from '@/lib/users/manage-users';
import { changeOwnPasswordSchema } from '@/lib/validation/user';
import { editorAction } from '../safe-action';

export const changeOwnPasswordAction = editorAction(
  { name: 'account:password', schema: changeOwnPasswordSchema, permission: 'account:manage-own', failureMessage: 'Không đổi được mật khẩu. Vui lòng thử lại.' },
  async (input, { user }) => {
    const { endedSessions, session } = await changeOwnPassword(prisma, user, input, { userAgent: (await headers()).get('user-agent') ?? '' });
    // Every session ended, this one too: this browser carries on with a new one.
    await issueSessionCookie(session);
    return { endedSessions };
  },
);
