import type { FailureCode } from './action-result';

/** The HTTP status that goes with each refusal of an action, and back. */
export const FAILURE_STATUS: Record<FailureCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  error: 500,
};

/**
 * The refusal code for a status the public actions' shared code answers with (castVote,
 * submitQuestion also serve route handlers, which speak HTTP statuses).
 */
export function failureCodeForStatus(status: number): FailureCode {
  const found = (Object.entries(FAILURE_STATUS) as [FailureCode, number][]).find(([, value]) => value === status);
  if (found) return found[0];
  return status >= 500 ? 'error' : 'invalid';
}
