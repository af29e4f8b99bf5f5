import 'server-only';
import { z } from 'zod';
import { hashIpForAudit, writeAuditLog } from '@/lib/audit/audit-log';
import type { PrismaClient } from '@/lib/db/client';
import { isRole, type Role } from '@/lib/domain/roles';
import { rateLimitAddressKey } from '@/lib/security/client-ip';
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
 *
 * An attempt is counted against both limits before the password is checked, and given
 * back only when the password is right: counting after the (slow, deliberately so) argon2
 * check would let a burst of parallel guesses all pass a limit that none of them had yet
 * reached. So a locked account says "locked" even to someone who has guessed right, and
 * an unknown email is counted, checked and answered exactly like a wrong password.
 */
export async function authenticate(
  db: PrismaClient,
  input: { email?: unknown; password?: unknown },
  client: { ip: string; userAgent: string },
): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, failure: { kind: 'malformed' } };
  // The schema trims and lowercases: " Ten@Phuong.vn" counts against the same account as "ten@phuong.vn".
  const { email, password } = parsed.data;
  const accounts = accountLimiter();
  const addresses = ipLimiter();
  const addressKey = rateLimitAddressKey(client.ip);
  const ipHash = hashIpForAudit(client.ip);

  const lockedFor = async (): Promise<number> => {
    const [account, address] = await Promise.all([accounts.peek(email), addresses.peek(addressKey)]);
    return Math.max(account.allowed ? 0 : account.retryAfterSeconds, address.allowed ? 0 : address.retryAfterSeconds);
  };

  const [account, address] = await Promise.all([accounts.consume(email), addresses.consume(addressKey)]);
  if (!account.allowed || !address.allowed) {
    // A refused attempt checks nothing, so it costs the other limit nothing: a blocked
    // address does not use up the account's attempts, nor a locked account the office's.
    await Promise.all([account.allowed && accounts.reward(email), address.allowed && addresses.reward(addressKey)]);
    // Not audited: a blocked attempt changes nothing, and logging each would let a flood fill the log.
    const retryAfterSeconds = Math.max(account.allowed ? 0 : account.retryAfterSeconds, address.allowed ? 0 : address.retryAfterSeconds);
    return { ok: false, failure: { kind: 'locked', retryAfterSeconds } };
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = user ? await verifyPassword(user.passwordHash, password) : (await spendPasswordCheckTime(password), false);

  if (!user || !passwordMatches) {
    await writeAuditLog(db, {
      action: 'auth.sign-in-failed',
      actorId: user?.id ?? null,
      targetType: user ? 'user' : undefined,
      targetId: user?.id,
      detail: { email, ipHash },
    });
    if (account.remaining === 0 || address.remaining === 0) {
      return { ok: false, failure: { kind: 'locked', retryAfterSeconds: await lockedFor() } };
    }
    return { ok: false, failure: { kind: 'wrong', remainingAttempts: account.remaining } };
  }

  // The right password is not a failure: the attempt it reserved is given back.
  await Promise.all([accounts.reward(email), addresses.reward(addressKey)]);

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
