import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id (the package's default algorithm) with its default cost: 19 MiB, 2 passes, one
// lane, OWASP's recommended minimum. Stored as a PHC string, so costs can rise later
// without invalidating existing hashes.
const ARGON2ID = 2;

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random password, checked when the account does not exist so that a
// wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function spendPasswordCheckTime(password: string): Promise<void> {
  dummyHash ??= hashPassword(generatePassword());
  await verifyPassword(await dummyHash, password);
}

// No look-alike characters (0/O, 1/l/I), so a password read from a screen can be typed.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A strong random password: 20 characters (about 115 bits), in groups of five for reading aloud. */
export function generatePassword(): string {
  const chars = Array.from({ length: 20 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]);
  return [0, 5, 10, 15].map((start) => chars.slice(start, start + 5).join('')).join('-');
}
