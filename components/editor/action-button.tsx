'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useId } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

type Props = {
  action: (input: FormData) => Promise<ActionResult>;
  /** sent as hidden fields */
  fields?: Record<string, string>;
  label: string;
  /** read after the label by screen readers, to tell apart many buttons of one list */
  srLabel?: string;
  pendingLabel: string;
  className?: string;
  /** asked before acting, for changes that are hard to undo */
  confirmText?: string;
  /** shown after success */
  doneText?: string;
};

/** One button that runs a server action, with its outcome announced next to it. */
export function ActionButton({ action, fields = {}, label, srLabel, pendingLabel, className = 'btn btn-secondary btn-small', confirmText, doneText }: Props) {
  const router = useRouter();
  const id = useId();
  const [state, run, pending] = useActionState(async (_previous: ActionResult | null, form: FormData) => {
    const result = await action(form);
    if (result.ok) router.refresh();
    return result;
  }, null);
  return (
    <form
      action={run}
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
      className="inline-flex flex-col gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={pending} aria-describedby={state ? `${id}-result` : undefined}>
        {pending ? pendingLabel : label}
        {srLabel ? <span className="sr-only">: {srLabel}</span> : null}
      </button>
      <span id={`${id}-result`} role="status" className={state && !state.ok ? 'field-error' : 'text-sm text-green-800'}>
        {state ? (state.ok ? doneText ?? '' : state.message) : ''}
      </span>
    </form>
  );
}
