'use server';

import { headers } from 'next/headers';
import { failureCodeForStatus, requestResponseStatus } from '@/lib/http/response-status';
import { submitQuestion, type QuestionFormState } from '@/lib/questions/submit-question';
import { formDataToObject } from '@/lib/validation/zod';

/**
 * The public form's action (`useActionState`): it works before or without JavaScript too, the
 * page then being rendered again with this answer. A refusal is `{ ok: false, code, message,
 * fieldErrors }` like every action's, answered with its HTTP status (400, 429) by the portal's
 * own server.
 */
export async function submitQuestionAction(_previous: QuestionFormState | null, form: unknown): Promise<QuestionFormState> {
  const input = form instanceof FormData ? formDataToObject(form) : form;
  const outcome = await submitQuestion(input, { headers: await headers() });
  if (outcome.status >= 400) requestResponseStatus(outcome.status);
  return outcome.state.ok ? outcome.state : { ...outcome.state, code: failureCodeForStatus(outcome.status) };
}
