import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CreateUserForm, UserControls } from '@/components/editor/user-management';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listUsers } from '@/lib/data/users';
import { isRole, ROLE_LABELS } from '@/lib/domain/roles';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Người dùng' };

export default async function UsersPage() {
  const user = await requireUser('/quan-tri/nguoi-dung');
  if (!hasPermission(user, 'user:manage')) notFound();
  const users = await listUsers();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Người dùng</h1>
      <p className="mt-1 text-gray-800">
        Quản trị: mọi quyền. Biên tập viên: viết, sửa và xuất bản mọi bài. Cộng tác viên: viết bài nháp và gửi duyệt, không xuất bản.
      </p>
      <ul aria-label="Danh sách tài khoản" className="mt-4 space-y-4">
        {users.map((account) => (
          <li key={account.id} className="rounded border border-gray-300 p-3">
            <h2 className="text-lg font-bold">
              {account.name}{' '}
              <span className="text-base font-normal text-gray-800">
                · {isRole(account.role) ? ROLE_LABELS[account.role] : account.role}
                {account.disabled ? ' · Đã khóa' : ''}
              </span>
            </h2>
            <p className="break-all text-sm text-gray-800">
              {account.email} · Đăng nhập gần nhất: {account.lastSignInAt ? formatDateTime(account.lastSignInAt) : 'chưa lần nào'}
            </p>
            <div className="mt-3">
              <UserControls user={account} isSelf={account.id === user.id} />
            </div>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-bold">Tạo tài khoản</h2>
      <div className="mt-2">
        <CreateUserForm />
      </div>
    </>
  );
}
