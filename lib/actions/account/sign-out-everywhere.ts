'use server';

import { cookies } from 'next/headers';
import { sessionCookieName } from '@/lib/auth/session-cookie';
import { prisma } from '@/lib/db/client';
import { signOutEverywhere } from '@/lib/users/manage-users';
import { z } from '@/lib/validation/zod';
import { editorAction } from '../safe-action';

export const signOutEverywhereAction = editorAction(
  { name: 'account:sign-out-everywhere', schema: z.object({}).loose(), permission: 'account:manage-own', failureMessage: 'Không đăng xuất được. Vui lòng thử lại.' },
  async (_input, { user }) => {
    await signOutEverywhere(prisma, user);
    (await cookies()).delete(sessionCookieName());
    return {};
  },
);
