import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/editor/action-button';
import { ProcedureForm } from '@/components/editor/procedure-form';
import { SampleBadge } from '@/components/ui/sample-badge';
import { deleteProcedureAction } from '@/lib/actions/procedures/delete-procedure';
import { moveProcedureAction } from '@/lib/actions/procedures/move-procedure';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getProcedures } from '@/lib/data/procedures';
import { groupProceduresByField } from '@/lib/procedures/group-procedures';

export const metadata: Metadata = { title: 'Thủ tục hành chính' };

export default async function ProceduresEditorPage() {
  const user = await requireUser('/quan-tri/thu-tuc');
  if (!hasPermission(user, 'sections:manage')) notFound();
  const groups = groupProceduresByField(await getProcedures());
  const fields = groups.map((group) => group.field);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Thủ tục hành chính</h1>
        <div className="flex flex-wrap gap-2">
          <a href="#them-thu-tuc" className="btn btn-primary">
            Thêm thủ tục
          </a>
          {/* no prefetch: rendering the public page while an editor saves could cache the old list */}
          <Link href="/thu-tuc-hanh-chinh" prefetch={false} className="btn btn-secondary">
            Xem trang Thủ tục hành chính
          </Link>
        </div>
      </div>
      <p className="mt-1 max-w-3xl text-gray-800">
        Các thủ tục hiện trên trang Thủ tục hành chính theo lĩnh vực. Lĩnh vực đứng theo thủ tục đầu tiên của nó; “Lên” và “Xuống”
        đổi chỗ một thủ tục trong lĩnh vực của nó.
      </p>

      {groups.length === 0 ? <p className="mt-4 text-gray-800">Chưa có thủ tục nào.</p> : null}
      {groups.map((group) => (
        <section key={group.anchor} aria-labelledby={`${group.anchor}-bien-tap`} className="mt-6">
          <h2 id={`${group.anchor}-bien-tap`} className="text-lg font-bold">
            {group.field} <span className="text-sm font-normal text-gray-700">({group.procedures.length} thủ tục)</span>
          </h2>
          <ul aria-label={`Thủ tục lĩnh vực ${group.field}`} className="mt-2 divide-y divide-gray-200 border-y border-gray-200">
            {group.procedures.map((procedure, index) => (
              <li key={procedure.id} className="py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-bold leading-snug">
                      {procedure.title}
                      {procedure.isSample ? <> <SampleBadge /></> : null}
                    </p>
                    <p className="text-sm text-gray-700">
                      {procedure.code ? `Mã ${procedure.code} · ` : ''}Thứ tự {procedure.sortOrder}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {index > 0 ? (
                      <ActionButton action={moveProcedureAction} fields={{ id: procedure.id, direction: 'up' }} label="Lên" srLabel={procedure.title} pendingLabel="Đang chuyển…" />
                    ) : null}
                    {index < group.procedures.length - 1 ? (
                      <ActionButton action={moveProcedureAction} fields={{ id: procedure.id, direction: 'down' }} label="Xuống" srLabel={procedure.title} pendingLabel="Đang chuyển…" />
                    ) : null}
                    <ActionButton
                      action={deleteProcedureAction}
                      fields={{ id: procedure.id }}
                      label="Xóa"
                      srLabel={procedure.title}
                      pendingLabel="Đang xóa…"
                      className="btn btn-danger btn-small"
                      confirmText={`Xóa thủ tục “${procedure.title}”? Thủ tục sẽ không còn hiện trên trang Thủ tục hành chính.`}
                    />
                  </div>
                </div>
                <details className="mt-2">
                  <summary className="inline-flex min-h-9 cursor-pointer items-center font-bold text-link">
                    Sửa<span className="sr-only"> thủ tục {procedure.title}</span>
                  </summary>
                  <div className="mt-2">
                    <ProcedureForm procedure={procedure} fields={fields} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2 id="them-thu-tuc" className="mt-8 scroll-mt-4 text-lg font-bold">
        Thêm thủ tục
      </h2>
      <div className="mt-2">
        <ProcedureForm fields={fields} />
      </div>
    </>
  );
}
