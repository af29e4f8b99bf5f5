'use server';

import { cookies } from 'next/headers';
import { secureCookiesEnabled, sessionCookieName } from '@/lib/auth/session-cookie';
import { prisma } from '@/lib/db/client';
import { signOutEverywhere } from '@/lib/users/manage-users';
import { z } from '@/lib/validation/zod';
import { editorAction } from '../safe-action';

export const signOutEverywhereAction = editorAction(
  { name: 'account:sign-out-everywhere', schema: z.object({}).loose(), permission: 'account:manage-own', failureMessage: 'Không đăng xuất được. Vui lòng thử lại.' },
  async (_input, { user }) => {
    await signOutEverywhere(prisma, user);
    // Overwritten with the attributes it was set with: a __Secure- cookie is only replaced by a Secure one.
    (await cookies()).set(sessionCookieName(), '', { maxAge: 0, path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookiesEnabled() });
    return {};
  },
);
