'use client';

import { useId, useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { changeUserRoleAction } from '@/lib/actions/users/change-user-role';
import { createUserAction } from '@/lib/actions/users/create-user';
import { resetUserPasswordAction } from '@/lib/actions/users/reset-user-password';
import { setUserDisabledAction } from '@/lib/actions/users/set-user-disabled';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { ROLE_LABELS, ROLES } from '@/lib/domain/roles';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';
import { ReadyForm } from '@/components/ui/ready-form';

function RoleSelect({ id, defaultValue, error }: { id: string; defaultValue: string; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="form-label">
        Vai trò
      </label>
      <select id={id} name="role" defaultValue={defaultValue} aria-invalid={error ? true : undefined} className="form-input mt-1">
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

/** A password shown once: the admin passes it on; it is not kept anywhere readable. */
function OneTimePassword({ email, password }: { email: string; password: string }) {
  return (
    <div className="notice notice-info">
      <p>
        Mật khẩu của <strong className="break-all">{email}</strong> (chỉ hiện lần này, hãy chuyển cho người dùng và nhắc họ đổi sau khi đăng nhập):
      </p>
      <p className="mt-1 font-mono text-lg font-bold tracking-wide" aria-label={`Mật khẩu: ${password.split('').join(' ')}`}>
        {password}
      </p>
    </div>
  );
}

export function CreateUserForm() {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(createUserAction, { resetOnSuccess: true, refreshOnSuccess: true });
  return (
    <ReadyForm onSubmit={onSubmit} noValidate aria-label="Tạo tài khoản" className="grid gap-3 rounded border border-gray-300 p-3 sm:grid-cols-2">
      <TextField id={`${id}-name`} name="name" label="Họ tên" autoComplete="off" error={fieldErrors.name} />
      <TextField id={`${id}-email`} name="email" label="Email" type="email" autoComplete="off" autoCapitalize="none" error={fieldErrors.email} />
      <RoleSelect id={`${id}-role`} defaultValue="contributor" error={fieldErrors.role} />
      <TextField
        id={`${id}-password`}
        name="password"
        label="Mật khẩu ban đầu"
        type="text"
        autoComplete="off"
        hint={`Để trống để tạo tự động một mật khẩu mạnh. Nếu tự đặt: ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`}
        error={fieldErrors.password}
      />
      <div className="sm:col-span-2 space-y-2">
        <FormOutcome state={state} successText={state?.ok ? `Đã tạo tài khoản ${state.email}.` : null} />
        {state?.ok && state.generatedPassword ? <OneTimePassword email={state.email} password={state.generatedPassword} /> : null}
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Đang tạo…' : 'Tạo tài khoản'}
        </button>
      </div>
    </ReadyForm>
  );
}

type UserRow = { id: string; name: string; email: string; role: string; disabled: boolean };

/** Role, enable/disable and password reset for one account. */
export function UserControls({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const id = useId();
  const role = useFormAction(changeUserRoleAction, { refreshOnSuccess: true });
  const reset = useFormAction(resetUserPasswordAction, { resetOnSuccess: true });
  const [toggle, setToggle] = useState<ActionResult | null>(null);
  const [toggling, setToggling] = useState(false);

  return (
    <div className="grid gap-3 md:grid-cols-3">
      <ReadyForm onSubmit={role.onSubmit} noValidate aria-label={`Vai trò của ${user.name}`} className="space-y-2">
        <input type="hidden" name="userId" value={user.id} />
        <RoleSelect id={`${id}-role`} defaultValue={user.role} error={role.fieldErrors.role} />
        <button type="submit" className="btn btn-secondary btn-small" disabled={role.pending}>
          {role.pending ? 'Đang lưu…' : 'Đổi vai trò'}
        </button>
        <FormOutcome state={role.state} successText="Đã đổi vai trò." />
      </ReadyForm>
      <ReadyForm onSubmit={reset.onSubmit} noValidate aria-label={`Đặt lại mật khẩu của ${user.name}`} className="space-y-2">
        <input type="hidden" name="userId" value={user.id} />
        <TextField id={`${id}-password`} name="password" label="Mật khẩu mới" type="text" autoComplete="off" hint="Để trống để tạo tự động." error={reset.fieldErrors.password} />
        <button type="submit" className="btn btn-secondary btn-small" disabled={reset.pending}>
          {reset.pending ? 'Đang đặt lại…' : 'Đặt lại mật khẩu'}
        </button>
        <FormOutcome state={reset.state} successText="Đã đặt lại mật khẩu. Các phiên đăng nhập của tài khoản này đã kết thúc." />
        {reset.state?.ok && reset.state.generatedPassword ? <OneTimePassword email={reset.state.email} password={reset.state.generatedPassword} /> : null}
      </ReadyForm>
      <div className="space-y-2">
        <p className="form-label">Trạng thái tài khoản</p>
        <p>{user.disabled ? 'Đã khóa' : 'Đang hoạt động'}</p>
        {!isSelf ? (
          <button
            type="button"
            className={user.disabled ? 'btn btn-secondary btn-small' : 'btn btn-danger btn-small'}
            disabled={toggling}
            onClick={async () => {
              if (!user.disabled && !window.confirm(`Khóa tài khoản ${user.email}? Người này bị đăng xuất ngay và không đăng nhập được nữa.`)) return;
              setToggling(true);
              try {
                const result = await setUserDisabledAction({ userId: user.id, disabled: String(!user.disabled) });
                setToggle(result);
                if (result.ok) window.location.reload();
              } catch {
                setToggle({ ok: false, code: 'error', message: 'Không kết nối được với máy chủ. Vui lòng thử lại.' });
              }
              setToggling(false);
            }}
          >
            {user.disabled ? 'Mở khóa tài khoản' : 'Khóa tài khoản'}
          </button>
        ) : (
          <p className="text-sm text-gray-700">Đây là tài khoản của bạn.</p>
        )}
        <div role="alert">{toggle && !toggle.ok ? <p className="field-error">{toggle.message}</p> : null}</div>
      </div>
    </div>
  );
}
