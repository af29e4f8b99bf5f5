import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { createTempDatabase } from '@/test/temp-database';
import { ensureInitialAdmin } from './initial-admin';
import { verifyPassword } from './password';

let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ prisma: db, cleanup } = await createTempDatabase('initial-admin-test-'));
});
afterEach(async () => cleanup?.());

describe('ensureInitialAdmin', () => {
  it('creates the administrator from the environment, once', async () => {
    const outcome = await ensureInitialAdmin(db, { email: 'Admin@Phuong.vn', password: 'mot-mat-khau-dai' });
    expect(outcome).toEqual({ created: true, email: 'admin@phuong.vn', generatedPassword: null });
    const admin = await db.user.findUniqueOrThrow({ where: { email: 'admin@phuong.vn' } });
    expect(admin.role).toBe('admin');
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.passwordHash, 'mot-mat-khau-dai')).toBe(true);
    expect(await ensureInitialAdmin(db, { email: 'other@phuong.vn', password: 'mot-mat-khau-khac' })).toEqual({ created: false });
    expect(await db.user.count()).toBe(1);
  });

  it('generates a strong password when none is given', async () => {
    const outcome = await ensureInitialAdmin(db, {});
    expect(outcome.created).toBe(true);
    if (!outcome.created) return;
    expect(outcome.generatedPassword).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    const admin = await db.user.findUniqueOrThrow({ where: { email: outcome.email } });
    expect(await verifyPassword(admin.passwordHash, outcome.generatedPassword!)).toBe(true);
  });

  it('refuses a short password rather than creating a weak administrator', async () => {
    await expect(ensureInitialAdmin(db, { password: 'ngan' })).rejects.toThrow(/at least 10/);
    expect(await db.user.count()).toBe(0);
  });

  it('creates exactly one administrator when two starts race', async () => {
    const results = await Promise.all([ensureInitialAdmin(db, {}), ensureInitialAdmin(db, {})]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.user.count()).toBe(1);
  });
});
