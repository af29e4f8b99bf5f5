import 'server-only';
import { prisma } from '@/lib/db/client';

/** Every editor account, for the administrators' user list. */
export async function listUsers() {
  return prisma.user.findMany({
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, disabled: true, lastSignInAt: true, createdAt: true },
  });
}

/** The signed-in browsers of one account. */
export async function listOpenSessions(userId: string) {
  return prisma.userSession.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
}
