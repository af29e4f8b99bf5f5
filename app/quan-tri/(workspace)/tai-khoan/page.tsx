import type { Metadata } from 'next';
import { ChangePasswordForm, SignOutEverywhereButton } from '@/components/editor/account-forms';
import { requireUser } from '@/lib/auth/session';
import { listOpenSessions } from '@/lib/data/users';
import { ROLE_LABELS } from '@/lib/domain/roles';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Tài khoản' };

/** A short, readable name for a browser from its user agent. */
function describeBrowser(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Trình duyệt khác';
  const device = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iPhone/iPad' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : '';
  return device ? `${browser} trên ${device}` : browser;
}

export default async function AccountPage() {
  const user = await requireUser('/quan-tri/tai-khoan');
  const sessions = await listOpenSessions(user.id);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Tài khoản</h1>
      <dl className="mt-3 grid max-w-md grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
        <dt className="font-bold">Họ tên</dt>
        <dd>{user.name}</dd>
        <dt className="font-bold">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-bold">Vai trò</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <div className="mt-8">
        <ChangePasswordForm />
      </div>
      <section aria-labelledby="phien-dang-nhap" className="mt-10 max-w-2xl">
        <h2 id="phien-dang-nhap" className="text-lg font-bold">
          Các thiết bị đang đăng nhập
        </h2>
        <ul className="mt-2 divide-y divide-gray-200 border-y border-gray-200">
          {sessions.map((session) => (
            <li key={session.id} className="py-2">
              <p className="font-bold">
                {describeBrowser(session.userAgent)}
                {session.id === user.sessionId ? <span className="ml-2 status-badge bg-green-100 text-green-900">Thiết bị này</span> : null}
              </p>
              <p className="text-sm text-gray-800">
                Đăng nhập lúc {formatDateTime(session.createdAt)} · hoạt động gần nhất {formatDateTime(session.lastSeenAt)}
              </p>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-gray-800">Nếu bạn để quên đăng nhập trên máy khác hoặc nghi ngờ có người dùng tài khoản của mình:</p>
        <div className="mt-2">
          <SignOutEverywhereButton />
        </div>
      </section>
    </>
  );
}
