'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { signInWithPassword } from '@/lib/auth/browser-auth';
import { signInFailureMessage } from '@/lib/auth/sign-in-errors';
import { ReadyForm } from '@/components/ui/ready-form';

type FieldErrors = { email?: string; password?: string };

/** Email and password, with errors in Vietnamese next to their fields and a summary read aloud. */
export function SignInForm({ callbackUrl, initialError = '' }: { callbackUrl: string; initialError?: string }) {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState(initialError);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [showPassword, setShowPassword] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors: FieldErrors = {};
    if (!email) errors.email = 'Vui lòng nhập email.';
    else if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = 'Email chưa đúng dạng, ví dụ: ten@phuochung.gov.vn.';
    if (!password) errors.password = 'Vui lòng nhập mật khẩu.';
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      setMessage('');
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setPending(true);
    setMessage('');
    try {
      const failure = await signInWithPassword(email, password);
      if (failure === null) {
        window.location.assign(callbackUrl);
        return;
      }
      setMessage(signInFailureMessage(failure));
      if (passwordRef.current) passwordRef.current.value = '';
      passwordRef.current?.focus();
    } catch {
      setMessage('Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.');
    }
    setPending(false);
  }

  return (
    <ReadyForm onSubmit={onSubmit} noValidate className="mt-6 space-y-5">
      <div role="alert" aria-live="assertive" className={message ? 'rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900' : ''}>
        {message}
      </div>
      <noscript>
        <p className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          Trình duyệt đang tắt JavaScript. Vui lòng bật JavaScript để đăng nhập vào trang quản trị.
        </p>
      </noscript>
      <div>
        <label htmlFor={`${id}-email`} className="block font-bold">
          Email
        </label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? `${id}-email-error` : undefined}
          className="form-input mt-1"
        />
        {fieldErrors.email ? (
          <p id={`${id}-email-error`} className="field-error">
            {fieldErrors.email}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block font-bold">
          Mật khẩu
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined}
          className="form-input mt-1"
        />
        {fieldErrors.password ? (
          <p id={`${id}-password-error`} className="field-error">
            {fieldErrors.password}
          </p>
        ) : null}
        <label className="mt-2 inline-flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} className="size-5" />
          Hiện mật khẩu
        </label>
      </div>
      <button type="submit" disabled={pending} className="btn btn-primary w-full">
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </ReadyForm>
  );
}
