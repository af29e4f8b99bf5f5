import type { PrismaClient } from '@/lib/db/client';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './password';

export const DEFAULT_ADMIN_EMAIL = 'admin@phuochung.example.gov.vn';

export type InitialAdminOutcome =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

/**
 * The first administrator, created only while the portal has no user at all:
 * INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD when given, else a strong generated
 * password that the caller prints once. Running it again once anyone exists does nothing.
 */
export async function ensureInitialAdmin(db: PrismaClient, env: { email?: string; password?: string }): Promise<InitialAdminOutcome> {
  if ((await db.user.count()) > 0) return { created: false };
  const email = (env.email?.trim() || DEFAULT_ADMIN_EMAIL).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error(`INITIAL_ADMIN_EMAIL is not an email address: "${email}"`);
  const given = env.password ?? '';
  if (given && given.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`INITIAL_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  const password = given || generatePassword();
  const passwordHash = await hashPassword(password);
  // A concurrent start may have created the first user meanwhile: only one of them wins.
  const created = await db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) return false;
    await tx.user.create({ data: { email, name: 'Quản trị viên', passwordHash, role: 'admin' } });
    return true;
  });
  if (!created) return { created: false };
  return { created: true, email, generatedPassword: given ? null : password };
}
