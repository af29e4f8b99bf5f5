import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { hasPermission, type Permission } from '@/lib/auth/permissions';
import { FAILURE_STATUS, requestResponseStatus } from '@/lib/http/response-status';
import { getCurrentUser, type SessionUser } from '@/lib/auth/session';
import { serverConditionStatus } from '@/lib/db/database-unavailable';
import { STORAGE_FAILURE_MESSAGES, storageFailureOf } from '@/lib/db/storage-failure';
import { fieldErrorsOf, formDataToObject, type z } from '@/lib/validation/zod';
import { ActionError } from './action-error';
import {
  FORBIDDEN_MESSAGE,
  GENERIC_FAILURE_MESSAGE,
  INVALID_MESSAGE,
  UNAUTHENTICATED_MESSAGE,
  type ActionResult,
} from './action-result';

export { ActionError };

export type ActionContext = { user: SessionUser };

type ActionOptions<S extends z.ZodType> = {
  /** for the server log */
  name: string;
  schema: S;
  /** checked from the role before anything is parsed; finer checks happen in the handler */
  permission: Permission;
  /** what the user reads when something unexpected fails */
  failureMessage?: string;
};

/**
 * The one wrapper around every server action of the editor area: it authenticates,
 * checks the role, parses the input (FormData or an object) with the action's schema,
 * runs the handler, and answers `{ ok: true, … }` or `{ ok: false, code, message,
 * fieldErrors }`. Unexpected errors are logged with their context and answered with a
 * generic Vietnamese sentence (or, when the disk is full or read-only, one that says so):
 * no stack trace or database message ever reaches a browser.
 */
export function editorAction<S extends z.ZodType, T extends object>(
  options: ActionOptions<S>,
  handler: (input: z.output<S>, context: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const result = await runAction(options, handler, input, getCurrentUser);
    // The answer carries the refusal's HTTP status too (401, 403, 400, …), for logs and tools.
    if (!result.ok) requestResponseStatus(result.status ?? FAILURE_STATUS[result.code]);
    return result;
  };
}

/** The wrapper's logic with the session lookup passed in, so that it can be tested. */
export async function runAction<S extends z.ZodType, T extends object>(
  options: ActionOptions<S>,
  handler: (input: z.output<S>, context: ActionContext) => Promise<T>,
  input: unknown,
  currentUser: () => Promise<SessionUser | null>,
): Promise<ActionResult<T>> {
  let user: SessionUser | null = null;
  try {
    user = await currentUser();
    if (!user) return { ok: false, code: 'unauthenticated', message: UNAUTHENTICATED_MESSAGE };
    if (!hasPermission(user, options.permission)) return { ok: false, code: 'forbidden', message: FORBIDDEN_MESSAGE };

    const parsed = options.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) {
      return { ok: false, code: 'invalid', message: INVALID_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
    }
    const result = await handler(parsed.data, { user });
    return { ok: true, ...result };
  } catch (error) {
    // redirect() and notFound() are control flow, not failures.
    unstable_rethrow(error);
    if (error instanceof ActionError) {
      return { ok: false, code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    }
    console.error(`[action ${options.name}] failed`, { userId: user?.id ?? null }, error);
    // A full disk or a read-only data directory will not go away by trying again: say so.
    const storageFailure = storageFailureOf(error);
    const message = storageFailure ? STORAGE_FAILURE_MESSAGES[storageFailure] : (options.failureMessage ?? GENERIC_FAILURE_MESSAGE);
    // 507 or 503 when the disk or the database is the cause (not the generic 500).
    const status = serverConditionStatus(error);
    return status ? { ok: false, code: 'error', message, status } : { ok: false, code: 'error', message };
  }
}
