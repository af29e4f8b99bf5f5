import { timingSafeEqual } from 'node:crypto';
import { deriveSecret } from '@/lib/security/secrets';

/** Header that carries the key of the portal's own background tasks. */
export const TASK_KEY_HEADER = 'x-portal-task-key';

/** A key only this portal's processes know (derived from the auth secret). */
export function taskKey(): string {
  return deriveSecret('scheduled-publishing-task').toString('hex');
}

export function isValidTaskKey(value: string | null): boolean {
  if (!value) return false;
  const expected = Buffer.from(taskKey());
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
