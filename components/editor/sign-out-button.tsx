'use client';

import { useState } from 'react';
import { signOutOfThisBrowser } from '@/lib/auth/browser-auth';

/** Ends this browser's session (other devices stay signed in; see "Tài khoản" to end them all). */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-secondary btn-small"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOutOfThisBrowser();
        } finally {
          window.location.assign('/dang-nhap');
        }
      }}
    >
      {pending ? 'Đang đăng xuất…' : 'Đăng xuất'}
    </button>
  );
}
