'use client';

import { useId, useState } from 'react';
import { changeOwnPasswordAction } from '@/lib/actions/account/change-own-password';
import { signOutEverywhereAction } from '@/lib/actions/account/sign-out-everywhere';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';
import { ReadyForm } from '@/components/ui/ready-form';

export function ChangePasswordForm() {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(changeOwnPasswordAction, { resetOnSuccess: true });
  const ended = state?.ok ? state.endedSessions : 0;
  return (
    <ReadyForm onSubmit={onSubmit} noValidate className="max-w-md space-y-4" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        Đổi mật khẩu
      </h2>
      <FormOutcome
        state={state}
        successText={`Đã đổi mật khẩu.${ended > 0 ? ` ${ended} phiên đăng nhập trên thiết bị khác đã bị đăng xuất.` : ''}`}
      />
      <TextField id={`${id}-current`} name="currentPassword" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" error={fieldErrors.currentPassword} />
      <TextField
        id={`${id}-new`}
        name="newPassword"
        label="Mật khẩu mới"
        type="password"
        autoComplete="new-password"
        hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Một câu dễ nhớ dài là mật khẩu tốt.`}
        error={fieldErrors.newPassword}
      />
      <TextField id={`${id}-confirm`} name="confirmPassword" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" error={fieldErrors.confirmPassword} />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? 'Đang đổi…' : 'Đổi mật khẩu'}
      </button>
    </ReadyForm>
  );
}

export function SignOutEverywhereButton() {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <div>
      <button
        type="button"
        className="btn btn-danger"
        disabled={pending}
        onClick={async () => {
          if (!window.confirm('Đăng xuất tài khoản này trên mọi thiết bị, kể cả thiết bị này?')) return;
          setPending(true);
          try {
            const result = await signOutEverywhereAction({});
            if (result.ok) {
              window.location.assign('/dang-nhap');
              return;
            }
            setMessage(result.message);
          } catch {
            setMessage('Không kết nối được với máy chủ. Vui lòng thử lại.');
          }
          setPending(false);
        }}
      >
        {pending ? 'Đang đăng xuất…' : 'Đăng xuất khỏi mọi thiết bị'}
      </button>
      <p role="alert" className="field-error">
        {message}
      </p>
    </div>
  );
}
