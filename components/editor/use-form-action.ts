'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

/**
 * Runs a server action from a form without React's automatic form reset, so that what
 * was typed stays in the fields when the server refuses it. On success the form can be
 * cleared and the page's server data refreshed.
 */
export function useFormAction<T extends object>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  options: { resetOnSuccess?: boolean; refreshOnSuccess?: boolean } = {},
) {
  const router = useRouter();
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(data);
      } catch {
        result = { ok: false, code: 'error', message: 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.' };
      }
      setState(result);
      if (result.ok) {
        if (options.resetOnSuccess) form.reset();
        if (options.refreshOnSuccess) router.refresh();
      } else {
        const firstInvalid = Object.keys(result.fieldErrors ?? {})[0];
        const field = firstInvalid ? form.querySelector<HTMLElement>(`[name="${CSS.escape(firstInvalid)}"]`) : null;
        field?.focus();
      }
    });
  }

  const fieldErrors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return { state, pending, onSubmit, fieldErrors };
}
