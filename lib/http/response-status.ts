import type { FailureCode } from '@/lib/actions/action-result';
import { currentRequestContext } from '@/lib/server/current-request-context';

/** The status each refusal of a server action answers with. */
export const FAILURE_STATUS: Record<FailureCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  error: 500,
};

/**
 * The refusal code for a status the public actions' shared code answers with (castVote and
 * submitQuestion also serve route handlers, which speak in HTTP statuses).
 */
export function failureCodeForStatus(status: number): FailureCode {
  const found = (Object.entries(FAILURE_STATUS) as [FailureCode, number][]).find(([, value]) => value === status);
  return found ? found[0] : status >= 500 ? 'error' : 'invalid';
}

/**
 * Asks the server to answer the current request with `status` (Next.js answers every server
 * action 200 by itself; the client reads the result the same whatever the status). Does
 * nothing outside the portal's own server (`next dev`, unit tests).
 */
export function requestResponseStatus(status: number): void {
  const context = currentRequestContext();
  if (context) context.status = status;
}
