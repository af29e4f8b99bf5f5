'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

/** "Viết bài mới": creates an empty draft and opens it in the editor. */
export function NewArticleButton({ action }: { action: (input: FormData) => Promise<ActionResult> }) {
  const [state, run, pending] = useActionState((_previous: ActionResult | null, form: FormData) => action(form), null);
  return (
    <form action={run} className="flex flex-col items-end gap-1">
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? 'Đang mở trình soạn thảo…' : 'Viết bài mới'}
      </button>
      <p role="status" className="field-error">
        {state && !state.ok ? state.message : ''}
      </p>
    </form>
  );
}
