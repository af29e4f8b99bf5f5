import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { createTempDatabase } from '@/test/temp-database';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { authenticate } from './sign-in';
import { encodeSignInFailure, signInFailureMessage, type SignInFailure } from './sign-in-errors';

// Counts argon2 password checks, to prove an unknown email costs one just like a wrong password.
const argon2 = vi.hoisted(() => ({ verifications: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      argon2.verifications++;
      return real.verify(...args);
    },
  };
});

let db: PrismaClient;
let cleanup: () => Promise<void>;
const PASSWORD = 'mat-khau-dung-123';

beforeAll(async () => {
  ({ prisma: db, cleanup } = await createTempDatabase('sign-in-test-'));
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({
    data: [
      { email: 'bientap@example.vn', name: 'Biên Tập', passwordHash, role: 'editor' },
      { email: 'khoa@example.vn', name: 'Bị Khóa', passwordHash, role: 'editor', disabled: true },
      { email: 'thu-khoa@example.vn', name: 'Thử Khóa', passwordHash, role: 'editor' },
      { email: 'dung-ip@example.vn', name: 'Dùng IP', passwordHash, role: 'editor' },
      { email: 'dot-kich@example.vn', name: 'Đột Kích', passwordHash, role: 'editor' },
      { email: 'bien-the@example.vn', name: 'Biến Thể', passwordHash, role: 'editor' },
      { email: 'ipv6@example.vn', name: 'IPv6', passwordHash, role: 'editor' },
      { email: 'het-khoa@example.vn', name: 'Hết Khóa', passwordHash, role: 'editor' },
    ],
  });
});

afterAll(async () => cleanup?.());

const from = (ip: string) => ({ ip, userAgent: 'vitest' });

describe('authenticate', () => {
  it('signs in with the right password, case-insensitively by email, and opens a session', async () => {
    const outcome = await authenticate(db, { email: '  BienTap@Example.vn ', password: PASSWORD }, from('10.0.0.1'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const session = await db.userSession.findUniqueOrThrow({ where: { id: outcome.user.sessionId } });
    expect(session.userId).toBe(outcome.user.id);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600 * 1000);
    expect(await db.auditLog.count({ where: { action: 'auth.sign-in', actorId: outcome.user.id } })).toBe(1);
  });

  it('answers a wrong password and an unknown email with the same words', async () => {
    const wrong = await authenticate(db, { email: 'bientap@example.vn', password: 'sai-mat-khau' }, from('10.0.0.2'));
    const unknown = await authenticate(db, { email: 'khong-co@example.vn', password: 'sai-mat-khau' }, from('10.0.0.3'));
    expect(wrong).toEqual({ ok: false, failure: { kind: 'wrong', remainingAttempts: 4 } });
    expect(unknown).toEqual({ ok: false, failure: { kind: 'wrong', remainingAttempts: 4 } });
    expect(signInFailureMessage(encodeSignInFailure((wrong as { failure: SignInFailure }).failure))).toBe('Email hoặc mật khẩu không đúng.');
  });

  it('checks a password with argon2 for an unknown email too, and for nobody once locked', async () => {
    const checks = async (email: string, ip: string) => {
      const before = argon2.verifications;
      await authenticate(db, { email, password: 'sai-mat-khau' }, from(ip));
      return argon2.verifications - before;
    };
    expect(await checks('bientap@example.vn', '10.7.0.1')).toBe(1);
    expect(await checks('khong-ai@example.vn', '10.7.0.2')).toBe(1);
    for (let i = 0; i < 4; i++) await checks('khong-ai@example.vn', `10.7.1.${i}`);
    expect(await checks('khong-ai@example.vn', '10.7.0.3')).toBe(0);
  });

  it('locks an account after five failures, even from many addresses and with the right password', async () => {
    const outcomes = [];
    for (let i = 0; i < 5; i++) {
      outcomes.push(await authenticate(db, { email: 'thu-khoa@example.vn', password: `doan-sai-${i}` }, from(`10.1.0.${i}`)));
    }
    expect(outcomes.slice(0, 4).map((o) => !o.ok && o.failure.kind)).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
    expect(outcomes[4]).toMatchObject({ ok: false, failure: { kind: 'locked' } });
    const right = await authenticate(db, { email: 'thu-khoa@example.vn', password: PASSWORD }, from('10.1.0.99'));
    expect(right).toMatchObject({ ok: false, failure: { kind: 'locked' } });
    if (right.ok || right.failure.kind !== 'locked') return;
    expect(right.failure.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(signInFailureMessage(encodeSignInFailure(right.failure))).toMatch(/Vui lòng thử lại sau 15 phút\.$/);
  });

  it('limits one address trying many accounts', async () => {
    for (let i = 0; i < 20; i++) {
      await authenticate(db, { email: `tai-khoan-${i}@example.vn`, password: 'doan-sai' }, from('10.2.0.1'));
    }
    const next = await authenticate(db, { email: 'dung-ip@example.vn', password: PASSWORD }, from('10.2.0.1'));
    expect(next).toMatchObject({ ok: false, failure: { kind: 'locked' } });
    const elsewhere = await authenticate(db, { email: 'dung-ip@example.vn', password: PASSWORD }, from('10.2.0.2'));
    expect(elsewhere.ok).toBe(true);
  });

  it('counts a burst of parallel guesses before checking any: the right one, sent last, is refused', async () => {
    const guesses = Array.from({ length: 20 }, (_, i) => `doan-sai-song-song-${i}`);
    const outcomes = await Promise.all(
      [...guesses, PASSWORD].map((password, i) => authenticate(db, { email: 'dot-kich@example.vn', password }, from(`10.5.0.${i}`))),
    );
    expect(outcomes.some((outcome) => outcome.ok)).toBe(false);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, failure: { kind: 'locked' } });
    // only five passwords were ever checked
    const user = await db.user.findUniqueOrThrow({ where: { email: 'dot-kich@example.vn' } });
    expect(await db.auditLog.count({ where: { action: 'auth.sign-in-failed', actorId: user.id } })).toBe(5);
  });

  it('counts an account whatever the case and spacing of its email', async () => {
    const variants = ['BIEN-THE@example.vn', ' bien-the@EXAMPLE.vn', 'Bien-The@Example.VN\t', '\u00a0bien-the@example.vn', 'bien-the@example.vn  '];
    for (const [i, email] of variants.entries()) await authenticate(db, { email, password: 'doan-sai' }, from(`10.6.0.${i}`));
    expect(await authenticate(db, { email: 'bien-the@example.vn', password: PASSWORD }, from('10.6.1.1'))).toMatchObject({
      ok: false,
      failure: { kind: 'locked' },
    });
  });

  it('counts IPv6 addresses per /64 network, so rotating within it gains nothing', async () => {
    for (let i = 0; i < 20; i++) {
      await authenticate(db, { email: `v6-${i}@example.vn`, password: 'doan-sai' }, from(`2001:db8:0:9::${(i + 1).toString(16)}`));
    }
    expect(await authenticate(db, { email: 'ipv6@example.vn', password: PASSWORD }, from('2001:db8:0:9:abcd::1'))).toMatchObject({
      ok: false,
      failure: { kind: 'locked' },
    });
    expect((await authenticate(db, { email: 'ipv6@example.vn', password: PASSWORD }, from('2001:db8:0:a::1'))).ok).toBe(true);
  });

  it('lets the right password in again once the quarter of an hour has passed', async () => {
    for (let i = 0; i < 5; i++) await authenticate(db, { email: 'het-khoa@example.vn', password: 'doan-sai' }, from(`10.8.0.${i}`));
    expect(await authenticate(db, { email: 'het-khoa@example.vn', password: PASSWORD }, from('10.8.1.1'))).toMatchObject({ failure: { kind: 'locked' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 14 * 60 * 1000);
      expect(await authenticate(db, { email: 'het-khoa@example.vn', password: PASSWORD }, from('10.8.1.2'))).toMatchObject({ failure: { kind: 'locked' } });
      vi.setSystemTime(Date.now() + 60 * 1000 + 1000);
      expect((await authenticate(db, { email: 'het-khoa@example.vn', password: PASSWORD }, from('10.8.1.3'))).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not let a blocked address use up an account’s attempts', async () => {
    // 10.2.0.1 was blocked above; its refused attempts leave dung-ip's own five untouched.
    for (let i = 0; i < 10; i++) await authenticate(db, { email: 'dung-ip@example.vn', password: 'doan-sai' }, from('10.2.0.1'));
    expect(await authenticate(db, { email: 'dung-ip@example.vn', password: 'doan-sai' }, from('10.2.0.3'))).toEqual({
      ok: false,
      failure: { kind: 'wrong', remainingAttempts: 4 },
    });
  });

  it('tells a disabled user so only when the password is right', async () => {
    expect(await authenticate(db, { email: 'khoa@example.vn', password: 'sai' }, from('10.3.0.1'))).toMatchObject({ failure: { kind: 'wrong' } });
    expect(await authenticate(db, { email: 'khoa@example.vn', password: PASSWORD }, from('10.3.0.1'))).toEqual({ ok: false, failure: { kind: 'disabled' } });
  });

  it('refuses malformed input without touching the database', async () => {
    for (const input of [{}, { email: 'a@b.vn' }, { email: 42, password: 'x' }, { email: 'a@b.vn', password: 'x'.repeat(500) }]) {
      expect(await authenticate(db, input, from('10.4.0.1'))).toEqual({ ok: false, failure: { kind: 'malformed' } });
    }
  });
});

describe('generatePassword', () => {
  it('makes long, distinct passwords without look-alike characters', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
      expect(password).not.toMatch(/[01lIO]/);
      expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    }
  });
});
