import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { LeaderForm } from '@/components/editor/leader-form';
import { deleteLeaderAction } from '@/lib/actions/leaders/delete-leader';
import { moveLeaderAction } from '@/lib/actions/leaders/move-leader';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getLeaders } from '@/lib/data/leaders';
import { listSitePagesForEditor } from '@/lib/data/site-pages';
import { sitePagePublicPath } from '@/lib/domain/site-pages';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Giới thiệu' };

/** The introduction's pages, the English page and the leadership, for editors and administrators. */
export default async function IntroEditorPage() {
  const user = await requireUser('/quan-tri/gioi-thieu');
  if (!hasPermission(user, 'sections:manage')) notFound();
  const [pages, leaders] = await Promise.all([listSitePagesForEditor(), getLeaders()]);

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Giới thiệu</h1>
      <p className="mt-1 text-gray-800">
        Nội dung trang{' '}
        <a href="/gioi-thieu" target="_blank" rel="noopener" className="text-link underline">
          Giới thiệu
        </a>{' '}
        và trang tiếng Anh{' '}
        <a href="/en" target="_blank" rel="noopener" className="text-link underline">
          English
        </a>
        . Mỗi thay đổi hiện ngay cho bạn đọc.
      </p>

      <h2 className="mt-6 text-lg font-bold">Trang nội dung</h2>
      <ul aria-label="Trang nội dung" className="mt-2 divide-y divide-gray-200 border-y border-gray-200">
        {pages.map((page) => (
          <li key={page.key} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div>
              <p className="font-bold">
                {page.label}
                {page.isSample ? <span className="status-badge ml-2 bg-amber-100 text-amber-950">Dữ liệu mẫu</span> : null}
              </p>
              <p className="text-sm text-gray-800">
                {page.version === 0
                  ? 'Chưa có nội dung.'
                  : `Tiêu đề: ${page.title} · Cập nhật ${page.updatedAt ? formatDateTime(page.updatedAt) : ''}${page.updatedByName ? ` bởi ${page.updatedByName}` : ''}`}
              </p>
            </div>
            <p className="flex flex-wrap gap-2">
              <Link href={`/quan-tri/gioi-thieu/${page.key}`} className="btn btn-primary btn-small">
                Sửa<span className="sr-only"> trang {page.label}</span>
              </Link>
              <Link href={`/quan-tri/gioi-thieu/${page.key}/lich-su`} className="btn btn-secondary btn-small">
                Lịch sử<span className="sr-only"> trang {page.label}</span>
              </Link>
              <a href={sitePagePublicPath(page.key)} target="_blank" rel="noopener" className="btn btn-secondary btn-small">
                Xem<span className="sr-only"> trang {page.label} trên trang</span>
              </a>
            </p>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-lg font-bold">Lãnh đạo phường</h2>
      <p className="mt-1 text-gray-800">Hiện trên trang Giới thiệu theo thứ tự dưới đây.</p>
      {leaders.length === 0 ? <p className="mt-3">Chưa có ai trong danh sách.</p> : null}
      <ol aria-label="Lãnh đạo phường" className="mt-3 space-y-6">
        {leaders.map((leader, index) => (
          <li key={leader.id}>
            <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-bold">
                {index + 1}. {leader.name}
                {leader.isSample ? <span className="status-badge ml-2 bg-amber-100 text-amber-950">Dữ liệu mẫu</span> : null}
              </h3>
              <div className="flex flex-wrap gap-2">
                {index > 0 ? (
                  <ActionButton action={moveLeaderAction} fields={{ id: leader.id, direction: 'up' }} label="Lên" srLabel={`chuyển ${leader.name} lên trên`} pendingLabel="Đang chuyển…" />
                ) : null}
                {index < leaders.length - 1 ? (
                  <ActionButton action={moveLeaderAction} fields={{ id: leader.id, direction: 'down' }} label="Xuống" srLabel={`chuyển ${leader.name} xuống dưới`} pendingLabel="Đang chuyển…" />
                ) : null}
                <ActionButton
                  action={deleteLeaderAction}
                  fields={{ id: leader.id }}
                  label="Xóa"
                  srLabel={leader.name}
                  pendingLabel="Đang xóa…"
                  className="btn btn-danger btn-small"
                  confirmText={`Xóa ${leader.name} (${leader.position}) khỏi danh sách lãnh đạo? Trang Giới thiệu sẽ không còn hiện người này.`}
                />
              </div>
            </div>
            <LeaderForm leader={{ ...leader, photo: leader.photo ? { ...leader.photo } : null }} />
          </li>
        ))}
      </ol>

      <h2 className="mt-8 text-lg font-bold">Thêm lãnh đạo</h2>
      <div className="mt-2">
        <LeaderForm />
      </div>
    </>
  );
}
