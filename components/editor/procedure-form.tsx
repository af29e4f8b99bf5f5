'use client';

import { useId } from 'react';
import { saveProcedureAction } from '@/lib/actions/procedures/save-procedure';
import { TextAreaField } from './text-area-field';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';
import { ReadyForm } from '@/components/ui/ready-form';

export type EditableProcedure = { id: string; title: string; code: string; field: string; description: string; portalUrl: string; sortOrder: number; isSample: boolean };

/** Adds a procedure (no `procedure`) or edits one. `fields` are the existing lĩnh vực, offered while typing. */
export function ProcedureForm({ procedure, fields }: { procedure?: EditableProcedure; fields: string[] }) {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(saveProcedureAction, { resetOnSuccess: !procedure, refreshOnSuccess: true });
  return (
    <ReadyForm
      onSubmit={onSubmit}
      noValidate
      aria-label={procedure ? `Sửa thủ tục ${procedure.title}` : 'Thêm thủ tục'}
      className="grid gap-3 rounded border border-gray-300 p-3 sm:grid-cols-2"
    >
      <input type="hidden" name="id" value={procedure?.id ?? ''} />
      <TextField id={`${id}-title`} name="title" label="Tên thủ tục" defaultValue={procedure?.title ?? ''} maxLength={300} error={fieldErrors.title} className="sm:col-span-2" />
      <TextField
        id={`${id}-field`}
        name="field"
        label="Lĩnh vực"
        defaultValue={procedure?.field ?? ''}
        list={`${id}-fields`}
        maxLength={100}
        hint="Ví dụ: Hộ tịch. Các thủ tục cùng lĩnh vực hiện chung một nhóm."
        error={fieldErrors.field}
      />
      <datalist id={`${id}-fields`}>
        {fields.map((field) => (
          <option key={field} value={field} />
        ))}
      </datalist>
      <TextField
        id={`${id}-code`}
        name="code"
        label="Mã thủ tục (nếu có)"
        defaultValue={procedure?.code ?? ''}
        maxLength={30}
        autoCapitalize="none"
        spellCheck={false}
        hint="Mã trên Cổng Dịch vụ công, ví dụ: 1.001193."
        error={fieldErrors.code}
      />
      <TextAreaField
        id={`${id}-description`}
        name="description"
        label="Mô tả ngắn"
        defaultValue={procedure?.description ?? ''}
        maxLength={1000}
        error={fieldErrors.description}
        className="sm:col-span-2"
      />
      <TextField
        id={`${id}-portalUrl`}
        name="portalUrl"
        label="Địa chỉ thực hiện trực tuyến"
        type="url"
        inputMode="url"
        defaultValue={procedure?.portalUrl ?? ''}
        maxLength={500}
        autoCapitalize="none"
        spellCheck={false}
        hint="Trang của thủ tục trên Cổng Dịch vụ công, bắt đầu bằng https://"
        error={fieldErrors.portalUrl}
        className="sm:col-span-2"
      />
      <TextField
        id={`${id}-sortOrder`}
        name="sortOrder"
        label="Thứ tự"
        type="number"
        inputMode="numeric"
        min={0}
        defaultValue={procedure?.sortOrder ?? ''}
        hint={procedure ? 'Số nhỏ đứng trước.' : 'Để trống để thêm vào cuối danh sách.'}
        error={fieldErrors.sortOrder}
      />
      <div className="flex items-end">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Đang lưu…' : procedure ? 'Lưu thủ tục' : 'Thêm thủ tục'}
        </button>
      </div>
      {procedure?.isSample ? <p className="form-hint sm:col-span-2">Đây là dữ liệu mẫu. Khi bạn lưu, thủ tục được coi là thông tin chính thức và nhãn “Dữ liệu mẫu” không còn hiện.</p> : null}
      <div className="sm:col-span-2">
        <FormOutcome state={state} successText={procedure ? 'Đã lưu thủ tục.' : 'Đã thêm thủ tục.'} />
      </div>
    </ReadyForm>
  );
}
