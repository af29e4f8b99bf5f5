import type { FailureCode } from './action-result';

/**
 * An expected refusal (conflict, not found, not allowed, a field that fails a rule only
 * the database can check), thrown anywhere below an action and answered as-is by the
 * action wrapper.
 */
export class ActionError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}
