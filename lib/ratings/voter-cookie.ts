import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveSecret } from '@/lib/security/secrets';
import { siteUrl } from '@/lib/site';

/** The cookie that tells one reader's votes apart: a random id and its signature, nothing else. */
export const VOTER_COOKIE = 'ph_voter';

const VOTER_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const COOKIE_VERSION = 'v1';

function signature(voterId: string, key: Buffer): string {
  return createHmac('sha256', key).update(`${COOKIE_VERSION}.${voterId}`).digest('base64url');
}

/** A fresh random voter id (128 bits). */
export function newVoterId(): string {
  return randomBytes(16).toString('base64url');
}

/** The cookie value for `voterId`: "v1.<id>.<HMAC>", so that ids cannot be made up or guessed. */
export function signVoterId(voterId: string, key: Buffer = deriveSecret('voter-cookie')): string {
  return `${COOKIE_VERSION}.${voterId}.${signature(voterId, key)}`;
}

/** The voter id in a cookie value, or null when it is missing, malformed or not signed by us. */
export function readVoterId(cookieValue: string | undefined, key: Buffer = deriveSecret('voter-cookie')): string | null {
  if (!cookieValue || cookieValue.length > 200) return null;
  const [version, voterId, mac, ...rest] = cookieValue.split('.');
  if (rest.length > 0 || version !== COOKIE_VERSION || !voterId || !mac || !VOTER_ID_PATTERN.test(voterId)) return null;
  const expected = Buffer.from(signature(voterId, key));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? voterId : null;
}

/** httpOnly (scripts never see it), SameSite=Lax (other sites cannot vote in the reader's name), one year. */
export function voterCookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: siteUrl().startsWith('https:'),
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
  };
}
