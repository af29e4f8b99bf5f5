import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/ui/pagination';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listAuditLog } from '@/lib/data/audit-log';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '@/lib/domain/audit-actions';
import { formatDateTime } from '@/lib/text/format-date';

export const metadata: Metadata = { title: 'Nhật ký' };

type SearchParams = Record<string, string | string[] | undefined>;

/** What the entry is about, in a few words. */
function describe(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof detail.title === 'string' && detail.title) parts.push(`“${detail.title}”`);
  if (typeof detail.slug === 'string' && typeof detail.removedVotes === 'number') parts.push(`${detail.slug}: ${detail.removedVotes} lượt đánh giá`);
  if (typeof detail.email === 'string') parts.push(detail.email);
  if (typeof detail.from === 'string' && typeof detail.to === 'string') parts.push(`${detail.from} → ${detail.to}`);
  if (typeof detail.name === 'string') parts.push(detail.name);
  if (typeof detail.restoredVersion === 'number') parts.push(`phiên bản ${detail.restoredVersion}`);
  if (Array.isArray(detail.changed)) parts.push(`${detail.changed.length} mục`);
  if (detail.reason === 'disabled') parts.push('tài khoản đã khóa');
  return parts.join(' · ');
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser('/quan-tri/nhat-ky');
  if (!hasPermission(user, 'audit:view')) notFound();
  const params = await searchParams;
  const actionParam = Array.isArray(params.su_kien) ? params.su_kien[0] : params.su_kien;
  const action = actionParam && actionParam in AUDIT_ACTION_LABELS ? actionParam : '';
  const pageParam = Array.isArray(params.trang) ? params.trang[0] : params.trang;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(pageParam ?? '1', 10) || 1));
  const { entries, total, totalPages } = await listAuditLog({ action, page });

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Nhật ký</h1>
      <p className="mt-1 text-gray-800">Đăng nhập, xuất bản, gỡ bài, xóa, thay đổi tài khoản và vai trò: ai làm, lúc nào.</p>
      <form method="get" action="/quan-tri/nhat-ky" className="mt-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="loc-su-kien" className="form-label">
            Loại sự kiện
          </label>
          <select id="loc-su-kien" name="su_kien" defaultValue={action} className="form-input mt-1">
            <option value="">Tất cả</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary">
          Lọc
        </button>
      </form>
      <p className="mt-3 text-sm text-gray-700">{total} sự kiện</p>
      <ol aria-label="Các sự kiện" className="mt-2 divide-y divide-gray-200 border-y border-gray-200">
        {entries.map((entry) => (
          <li key={entry.id} className="py-2">
            <p>
              <span className="font-bold">{auditActionLabel(entry.action)}</span>
              {describe(entry.detail) ? ` · ${describe(entry.detail)}` : ''}
            </p>
            <p className="text-sm text-gray-800">
              {formatDateTime(entry.createdAt)} · {entry.actorName ?? (entry.action.startsWith('auth.') ? 'Không rõ người dùng' : 'Hệ thống')}
              {entry.targetType === 'article' && entry.targetId ? (
                <>
                  {' · '}
                  <Link href={`/quan-tri/bai-viet/${entry.targetId}`} className="text-link underline">
                    Mở bài viết
                  </Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
      <Pagination
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        hrefFor={(target) => `/quan-tri/nhat-ky?${new URLSearchParams({ ...(action ? { su_kien: action } : {}), ...(target > 1 ? { trang: String(target) } : {}) })}`}
      />
    </>
  );
}
