import type { InputHTMLAttributes } from 'react';

/** A labelled input with its hint and its error, tied together for assistive technology. */
export function TextField({
  id,
  name,
  label,
  hint,
  error,
  className = '',
  ...input
}: { id: string; name: string; label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className="form-input mt-1" {...input} />
      {hint ? (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The outcome of a form, in live regions that exist before anything is announced. */
export function FormOutcome({ state, successText }: { state: { ok: boolean; message?: string } | null; successText?: string | null }) {
  return (
    <>
      <div role="alert">{state && !state.ok ? <p className="notice notice-error">{state.message}</p> : null}</div>
      <div role="status">{state?.ok && successText ? <p className="notice notice-success">{successText}</p> : null}</div>
    </>
  );
}
