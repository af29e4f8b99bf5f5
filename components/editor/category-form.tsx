'use client';

import { useEffect, useId, useState } from 'react';
import { deleteCategoryAction } from '@/lib/actions/categories/delete-category';
import { saveCategoryAction } from '@/lib/actions/categories/save-category';
import type { ActionResult } from '@/lib/actions/action-result';
import { slugify } from '@/lib/text/slugify';
import { FormOutcome, TextField } from './text-field';
import { useFormAction } from './use-form-action';
import { ReadyForm } from '@/components/ui/ready-form';

type Category = { id: string; name: string; slug: string; description: string; position: number; articleCount: number };

/** Adds a category (no `category`) or edits one. */
export function CategoryForm({ category, nextPosition = 0 }: { category?: Category; nextPosition?: number }) {
  const id = useId();
  const { state, pending, onSubmit, fieldErrors } = useFormAction(saveCategoryAction, { resetOnSuccess: !category, refreshOnSuccess: true });
  const [name, setName] = useState(category?.name ?? '');
  const [slug, setSlug] = useState(category?.slug ?? '');
  const [slugEdited, setSlugEdited] = useState(Boolean(category));
  const [deleteState, setDeleteState] = useState<ActionResult | null>(null);
  // A category just added: the form is ready for the next one.
  useEffect(() => {
    if (state?.ok && !category) {
      setName('');
      setSlug('');
      setSlugEdited(false);
    }
  }, [state, category]);

  return (
    <ReadyForm
      onSubmit={onSubmit}
      noValidate
      aria-label={category ? `Sửa chuyên mục ${category.name}` : 'Thêm chuyên mục'}
      className="grid gap-3 rounded border border-gray-300 p-3 sm:grid-cols-2"
    >
      <input type="hidden" name="id" value={category?.id ?? ''} />
      <TextField
        id={`${id}-name`}
        name="name"
        label="Tên chuyên mục"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          if (!slugEdited) setSlug(slugify(event.target.value));
        }}
        error={fieldErrors.name}
      />
      <TextField
        id={`${id}-slug`}
        name="slug"
        label="Đường dẫn"
        value={slug}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value);
        }}
        hint={category ? `Địa chỉ: /chuyen-muc/${slug || '…'}. Đổi đường dẫn thì địa chỉ cũ không còn truy cập được.` : `Địa chỉ: /chuyen-muc/${slug || '…'}`}
        autoCapitalize="none"
        spellCheck={false}
        error={fieldErrors.slug}
      />
      <TextField id={`${id}-description`} name="description" label="Mô tả" defaultValue={category?.description ?? ''} error={fieldErrors.description} className="sm:col-span-2" />
      <TextField
        id={`${id}-position`}
        name="position"
        label="Thứ tự trên thanh điều hướng"
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        defaultValue={category?.position ?? nextPosition}
        error={fieldErrors.position}
      />
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Đang lưu…' : category ? 'Lưu chuyên mục' : 'Thêm chuyên mục'}
        </button>
        {category && category.articleCount === 0 ? (
          <button
            type="button"
            className="btn btn-danger"
            onClick={async () => {
              if (!window.confirm(`Xóa chuyên mục “${category.name}”?`)) return;
              try {
                const result = await deleteCategoryAction({ id: category.id });
                setDeleteState(result);
                if (result.ok) window.location.reload();
              } catch {
                setDeleteState({ ok: false, code: 'error', message: 'Không kết nối được với máy chủ. Vui lòng thử lại.' });
              }
            }}
          >
            Xóa chuyên mục
          </button>
        ) : null}
      </div>
      <div className="sm:col-span-2">
        <FormOutcome state={deleteState && !deleteState.ok ? deleteState : state} successText={category ? 'Đã lưu chuyên mục.' : 'Đã thêm chuyên mục.'} />
      </div>
    </ReadyForm>
  );
}
