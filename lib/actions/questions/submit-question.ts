'use server';

import { headers } from 'next/headers';
import { submitQuestion, type QuestionFormState } from '@/lib/questions/submit-question';
import { formDataToObject } from '@/lib/validation/zod';
import { failureCodeForStatus } from '../failure-status';

/**
 * The public form's action (`useActionState`): it works before or without JavaScript too, the
 * page then being rendered again with this answer. A refusal is `{ ok: false, code, message,
 * fieldErrors }` like every action's.
 */
export async function submitQuestionAction(_previous: QuestionFormState | null, form: unknown): Promise<QuestionFormState> {
  const input = form instanceof FormData ? formDataToObject(form) : form;
  const outcome = await submitQuestion(input, { headers: await headers() });
  return outcome.state.ok ? outcome.state : { ...outcome.state, code: failureCodeForStatus(outcome.status) };
}
