import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where a generated secret is kept when AUTH_SECRET is not set (the embedded default). */
export function generatedSecretFile(): string {
  const dataDir = process.env.DATA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), 'data');
  return path.join(dataDir, 'auth-secret');
}

let cached: string | undefined;

/**
 * The secret that signs sessions and reader cookies: AUTH_SECRET (or NEXTAUTH_SECRET) from
 * the environment, else (on a single machine only) one generated on first use and kept in
 * the data directory, so that sessions survive restarts. Created with `wx` so concurrent
 * processes agree on one value.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.AUTH_SECRET?.trim() || process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return (cached = fromEnv);
  if (process.env.REDIS_URL?.trim()) {
    // Instances sharing Redis serve one site: each generating its own secret would make
    // every session and reader cookie valid on one instance only.
    throw new Error('AUTH_SECRET must be set when several portal instances share REDIS_URL (see docs/deploy.md).');
  }
  const file = generatedSecretFile();
  try {
    return (cached = readFileSync(file, 'utf8').trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
    return (cached = secret);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (cached = readFileSync(file, 'utf8').trim());
  }
}

/** A key for one purpose (e.g. 'voter-cookie', 'ip-hash-salt') derived from the auth secret. */
export function deriveSecret(purpose: string): Buffer {
  return createHmac('sha256', getAuthSecret()).update(`phuoc-hung-portal:${purpose}`).digest();
}
