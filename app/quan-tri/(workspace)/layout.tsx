import type { ReactNode } from 'react';
import { EditorNavLink } from '@/components/editor/editor-nav-link';
import { SignOutButton } from '@/components/editor/sign-out-button';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { countNewQuestions } from '@/lib/data/questions-admin';
import { ROLE_LABELS } from '@/lib/domain/roles';

/** The editor area's menu and who is signed in, above every page of it but the preview. */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const admin = hasPermission(user, 'user:manage');
  const newQuestions = hasPermission(user, 'questions:answer') ? await countNewQuestions() : null;
  const sections = hasPermission(user, 'sections:manage');
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-gray-300 pb-3">
        <p className="text-sm">
          <span className="font-bold">{user.name}</span> · {ROLE_LABELS[user.role]}
        </p>
        <SignOutButton />
      </div>
      <nav aria-label="Khu vực quản trị" className="mt-3">
        <ul className="flex flex-wrap gap-1">
          <li>
            <EditorNavLink href="/quan-tri" sections={['/quan-tri/bai-viet']}>
              Bài viết
            </EditorNavLink>
          </li>
          {sections ? (
            <li>
              <EditorNavLink href="/quan-tri/gioi-thieu">Giới thiệu</EditorNavLink>
            </li>
          ) : null}
          {newQuestions !== null ? (
            <li>
              <EditorNavLink href="/quan-tri/hoi-dap">{newQuestions > 0 ? `Hỏi đáp (${newQuestions})` : 'Hỏi đáp'}</EditorNavLink>
            </li>
          ) : null}
          {sections ? (
            <>
              <li>
                <EditorNavLink href="/quan-tri/van-ban">Văn bản</EditorNavLink>
              </li>
              <li>
                <EditorNavLink href="/quan-tri/thu-tuc">Thủ tục hành chính</EditorNavLink>
              </li>
              <li>
                <EditorNavLink href="/quan-tri/lien-ket">Liên kết</EditorNavLink>
              </li>
            </>
          ) : null}
          {admin ? (
            <>
              <li>
                <EditorNavLink href="/quan-tri/chuyen-muc">Chuyên mục</EditorNavLink>
              </li>
              <li>
                <EditorNavLink href="/quan-tri/thong-tin-trang">Thông tin trang</EditorNavLink>
              </li>
              <li>
                <EditorNavLink href="/quan-tri/nguoi-dung">Người dùng</EditorNavLink>
              </li>
              <li>
                <EditorNavLink href="/quan-tri/nhat-ky">Nhật ký</EditorNavLink>
              </li>
            </>
          ) : null}
          <li>
            <EditorNavLink href="/quan-tri/tai-khoan">Tài khoản</EditorNavLink>
          </li>
        </ul>
      </nav>
      <div className="mt-6">{children}</div>
    </div>
  );
}
