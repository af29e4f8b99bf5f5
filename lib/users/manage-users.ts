import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { hasPermission, wouldRemoveLastAdmin, type Actor } from '@/lib/auth/permissions';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-cookie';
import type { PrismaClient } from '@/lib/db/client';
import type { Db } from '@/lib/db/types';
import { isRole, ROLE_LABELS, type Role } from '@/lib/domain/roles';

function assertAdmin(actor: Actor): void {
  if (!hasPermission(actor, 'user:manage')) throw new ActionError('forbidden', 'Chỉ quản trị viên mới quản lý được tài khoản.');
}

const LAST_ADMIN_MESSAGE = 'Cổng thông tin cần ít nhất một quản trị viên đang hoạt động. Hãy cấp quyền quản trị cho người khác trước.';

/** Ends every session of a user at once: bumping sessionVersion invalidates every cookie issued before. */
async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await db.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}

async function findTarget(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !isRole(user.role)) throw new ActionError('not-found', 'Không tìm thấy tài khoản này.');
  return { ...user, role: user.role as Role };
}

async function activeAdminCount(db: Db): Promise<number> {
  return db.user.count({ where: { role: 'admin', disabled: false } });
}

/** A new account; without a password, a strong one is generated and returned once to show the admin. */
export async function createUser(db: PrismaClient, actor: Actor, input: { name: string; email: string; role: Role; password: string }) {
  assertAdmin(actor);
  const password = input.password || generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ActionError('invalid', 'Email này đã có tài khoản.', { email: 'Email này đã có tài khoản.' });
    }
    const user = await tx.user.create({ data: { name: input.name, email: input.email, role: input.role, passwordHash } });
    await writeAuditLog(tx, { action: 'user.create', actorId: actor.id, targetType: 'user', targetId: user.id, detail: { email: user.email, role: user.role } });
    return { userId: user.id, generatedPassword: input.password ? null : password };
  });
}

export async function changeUserRole(db: PrismaClient, actor: Actor, input: { userId: string; role: Role }) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    if (target.role === input.role) return { changed: false };
    if (wouldRemoveLastAdmin(target, { role: input.role }, await activeAdminCount(tx))) throw new ActionError('invalid', LAST_ADMIN_MESSAGE);
    await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    await writeAuditLog(tx, {
      action: 'user.role-change',
      actorId: actor.id,
      targetType: 'user',
      targetId: target.id,
      detail: { email: target.email, from: ROLE_LABELS[target.role], to: ROLE_LABELS[input.role] },
    });
    return { changed: true };
  });
}

/** Disabling ends the user's sessions at once; enabling lets them sign in again. */
export async function setUserDisabled(db: PrismaClient, actor: Actor, input: { userId: string; disabled: boolean }) {
  assertAdmin(actor);
  if (input.disabled && input.userId === actor.id) throw new ActionError('invalid', 'Bạn không thể tự khóa tài khoản của mình.');
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    if (target.disabled === input.disabled) return { changed: false };
    if (wouldRemoveLastAdmin(target, { disabled: input.disabled }, await activeAdminCount(tx))) throw new ActionError('invalid', LAST_ADMIN_MESSAGE);
    await tx.user.update({ where: { id: target.id }, data: { disabled: input.disabled } });
    if (input.disabled) await endAllSessions(tx, target.id);
    await writeAuditLog(tx, {
      action: input.disabled ? 'user.disable' : 'user.enable',
      actorId: actor.id,
      targetType: 'user',
      targetId: target.id,
      detail: { email: target.email },
    });
    return { changed: true };
  });
}

/** A new password set by an admin (generated when none is typed); the user's sessions end. */
export async function resetUserPassword(db: PrismaClient, actor: Actor, input: { userId: string; password: string }) {
  assertAdmin(actor);
  const password = input.password || generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    await tx.user.update({ where: { id: target.id }, data: { passwordHash } });
    await endAllSessions(tx, target.id);
    await writeAuditLog(tx, { action: 'user.password-reset', actorId: actor.id, targetType: 'user', targetId: target.id, detail: { email: target.email } });
    return { email: target.email, generatedPassword: input.password ? null : password };
  });
}

/**
 * A user's own password change: the current password is asked again, and every session of
 * the account ends, this browser's included, whose session is replaced by a new one (the
 * caller sets its cookie). So a copy of this browser's cookie, taken before the change,
 * opens nothing afterwards either.
 */
export async function changeOwnPassword(
  db: PrismaClient,
  actor: Actor & { sessionId: string },
  input: { currentPassword: string; newPassword: string },
  client: { userAgent: string },
) {
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw new ActionError('unauthenticated', 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ActionError('invalid', 'Mật khẩu hiện tại không đúng.', { currentPassword: 'Mật khẩu hiện tại không đúng.' });
  }
  if (input.currentPassword === input.newPassword) {
    throw new ActionError('invalid', 'Mật khẩu mới cần khác mật khẩu hiện tại.', { newPassword: 'Mật khẩu mới cần khác mật khẩu hiện tại.' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const otherSessions = await tx.userSession.count({ where: { userId: user.id, endedAt: null, id: { not: actor.sessionId } } });
    await endAllSessions(tx, user.id);
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    const session = await tx.userSession.create({
      data: { userId: user.id, userAgent: client.userAgent.slice(0, 300), expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    });
    await writeAuditLog(tx, { action: 'account.password-change', actorId: user.id, targetType: 'user', targetId: user.id, detail: { endedSessions: otherSessions } });
    return {
      endedSessions: otherSessions,
      session: { userId: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.id, sessionVersion },
    };
  });
}

/** "Đăng xuất khỏi mọi thiết bị", this one included. */
export async function signOutEverywhere(db: PrismaClient, actor: Actor) {
  await db.$transaction(async (tx) => {
    await endAllSessions(tx, actor.id);
    await writeAuditLog(tx, { action: 'auth.sign-out-everywhere', actorId: actor.id, targetType: 'user', targetId: actor.id });
  });
}
