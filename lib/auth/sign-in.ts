import 'server-only';
import { z } from 'zod';
import { hashIpForAudit, writeAuditLog } from '@/lib/audit/audit-log';
import type { PrismaClient } from '@/lib/db/client';
import { isRole, type Role } from '@/lib/domain/roles';
import { MAX_PASSWORD_LENGTH, spendPasswordCheckTime, verifyPassword } from './password';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';
import type { SignInFailure } from './sign-in-errors';
import { accountLimiter, ipLimiter } from './sign-in-limits';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type SignedInUser = { id: string; email: string; name: string; role: Role; sessionVersion: number; sessionId: string };

export type SignInOutcome = { ok: true; user: SignedInUser } | { ok: false; failure: SignInFailure };

/**
 * Checks an email and password, with brute-force limits per account and per IP address,
 * and on success opens a session record for this browser. Every outcome is audited.
 * The limits are checked before the password, so a locked account says "locked" even to
 * someone who has guessed right.
 */
export async function authenticate(
  db: PrismaClient,
  input: { email?: unknown; password?: unknown },
  client: { ip: string; userAgent: string },
): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, failure: { kind: 'malformed' } };
  const { email, password } = parsed.data;
  const accounts = accountLimiter();
  const addresses = ipLimiter();
  const ipHash = hashIpForAudit(client.ip);

  const lockedFor = async (accountKey: string, ip: string): Promise<number> => {
    const [account, address] = await Promise.all([accounts.peek(accountKey), addresses.peek(ip)]);
    return Math.max(account.allowed ? 0 : account.retryAfterSeconds, address.allowed ? 0 : address.retryAfterSeconds);
  };

  const blockedFor = await lockedFor(email, client.ip);
  // Not audited: a blocked attempt changes nothing, and logging each would let a flood fill the log.
  if (blockedFor > 0) {
    return { ok: false, failure: { kind: 'locked', retryAfterSeconds: blockedFor } };
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = user ? await verifyPassword(user.passwordHash, password) : (await spendPasswordCheckTime(password), false);

  if (!user || !passwordMatches) {
    const [account, address] = await Promise.all([accounts.consume(email), addresses.consume(client.ip)]);
    await writeAuditLog(db, {
      action: 'auth.sign-in-failed',
      actorId: user?.id ?? null,
      targetType: user ? 'user' : undefined,
      targetId: user?.id,
      detail: { email, ipHash },
    });
    const exhausted = (outcome: typeof account) => !outcome.allowed || outcome.remaining === 0;
    if (exhausted(account) || exhausted(address)) {
      return { ok: false, failure: { kind: 'locked', retryAfterSeconds: await lockedFor(email, client.ip) } };
    }
    return { ok: false, failure: { kind: 'wrong', remainingAttempts: account.allowed ? account.remaining : 0 } };
  }

  if (user.disabled || !isRole(user.role)) {
    await writeAuditLog(db, { action: 'auth.sign-in-failed', actorId: user.id, targetType: 'user', targetId: user.id, detail: { email, ipHash, reason: 'disabled' } });
    return { ok: false, failure: { kind: 'disabled' } };
  }

  await accounts.reset(email);
  const now = new Date();
  const session = await db.$transaction(async (tx) => {
    const created = await tx.userSession.create({
      data: {
        userId: user.id,
        userAgent: client.userAgent.slice(0, 300),
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await writeAuditLog(tx, { action: 'auth.sign-in', actorId: user.id, targetType: 'user', targetId: user.id, detail: { ipHash } });
    return created;
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId: session.id },
  };
}
