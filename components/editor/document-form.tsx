'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { deleteDocumentAction } from '@/lib/actions/documents/delete-document';
import { publishDocumentAction } from '@/lib/actions/documents/publish-document';
import { saveDocumentAction } from '@/lib/actions/documents/save-document';
import { unpublishDocumentAction } from '@/lib/actions/documents/unpublish-document';
import { documentSlug } from '@/lib/documents/document-slug';
import type { DocumentIntent, SavedDocument } from '@/lib/documents/write-document';
import { DOCUMENT_TYPES, documentPath, type DocumentStatus } from '@/lib/domain/legal-documents';
import { formatDateTime } from '@/lib/text/format-date';
import { DocumentFileField, type DocumentFile } from './document-file-field';
import { DocumentStatusBadge } from './document-status-badge';
import { RichTextEditor } from './rich-text-editor';
import { ReadyForm } from '@/components/ui/ready-form';

export type DocumentFormInitial = {
  /** '' for a new document */
  id: string;
  version: number;
  status: DocumentStatus;
  isSample: boolean;
  /** published now or before: its address no longer follows the number and summary */
  everPublished: boolean;
  slug: string;
  number: string;
  /** "2026-03-12", or '' */
  issuedAt: string;
  issuer: string;
  docType: string;
  field: string;
  summary: string;
  inForce: boolean;
  bodyHtml: string;
  file: DocumentFile | null;
};

type Fields = Pick<DocumentFormInitial, 'slug' | 'number' | 'issuedAt' | 'issuer' | 'docType' | 'field' | 'summary' | 'inForce' | 'bodyHtml' | 'file'>;
type Notice = { kind: 'success' | 'error' | 'info' | 'conflict'; text: string; link?: { href: string; label: string; newTab?: boolean } };

const ACTIONS: Record<DocumentIntent, (input: unknown) => Promise<ActionResult<{ document: SavedDocument }>>> = {
  save: saveDocumentAction,
  publish: publishDocumentAction,
  unpublish: unpublishDocumentAction,
};

/** The order in which a refusal's first wrong field gets the focus. */
const FIELD_ORDER = ['number', 'summary', 'slug', 'bodyHtml', 'issuedAt', 'docType', 'field', 'issuer', 'fileId'] as const;

function snapshot(fields: Fields): string {
  return JSON.stringify({ ...fields, file: fields.file?.id ?? null });
}

/** What the first save of a new document did, kept for the page it opens at next. */
function createdFlashKey(id: string): string {
  return `phuoc-hung:van-ban-vua-tao:${id}`;
}

function timeNow(): string {
  return formatDateTime(new Date()).split(' - ')[1];
}

function successNotice(intent: DocumentIntent, document: SavedDocument): Notice {
  const link = { href: documentPath(document.slug), label: 'Xem văn bản trên trang', newTab: true };
  if (intent === 'publish') return { kind: 'success', text: 'Đã công bố văn bản.', link };
  if (intent === 'unpublish') return { kind: 'success', text: 'Đã gỡ văn bản khỏi trang. Văn bản trở về bản nháp.' };
  return document.status === 'published'
    ? { kind: 'success', text: `Đã cập nhật văn bản trên trang lúc ${timeNow()}.`, link }
    : { kind: 'success', text: `Đã lưu lúc ${timeNow()}.` };
}

/**
 * The form of a document of the registry. What was typed stays on screen whatever the
 * server answers: a refusal marks the fields, a save from a stale tab says so, and
 * leaving with unsaved changes asks first.
 */
export function DocumentForm({ initial, suggestions }: { initial: DocumentFormInitial; suggestions: { fields: string[]; issuers: string[] } }) {
  const id = useId();
  const router = useRouter();
  const [initialFields] = useState<Fields>(() => ({
    slug: initial.slug,
    number: initial.number,
    issuedAt: initial.issuedAt,
    issuer: initial.issuer,
    docType: initial.docType,
    field: initial.field,
    summary: initial.summary,
    inForce: initial.inForce,
    bodyHtml: initial.bodyHtml,
    file: initial.file,
  }));
  const [fields, setFields] = useState<Fields>(initialFields);
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshot(initialFields));
  const [saved, setSaved] = useState({ id: initial.id, version: initial.version, status: initial.status, slug: initial.slug, isSample: initial.isSample });
  const [slugEdited, setSlugEdited] = useState(() => initial.everPublished || (initial.id !== '' && initial.slug !== documentSlug(initial.number, initial.summary)));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<DocumentIntent | 'delete' | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;

  const dirty = snapshot(fields) !== savedSnapshot;
  const isNew = saved.id === '';
  const isPublic = saved.status === 'published';

  const update = useCallback(
    <K extends keyof Fields>(key: K, value: Fields[K]) => {
      setFields((current) => {
        const next = { ...current, [key]: value };
        if ((key === 'number' || key === 'summary') && !slugEdited) next.slug = documentSlug(next.number, next.summary);
        return next;
      });
    },
    [slugEdited],
  );

  // Tiptap writes the stored HTML its own way (e.g. an empty text as "<p></p>"): that is not an edit.
  const onEditorReady = useCallback(
    (html: string) => {
      const current = fieldsRef.current;
      if (current.bodyHtml !== initialFields.bodyHtml || html === current.bodyHtml) return;
      const normalised = { ...current, bodyHtml: html };
      setSavedSnapshot((snap) => (snap === snapshot(current) ? snapshot(normalised) : snap));
      setFields((latest) => (latest.bodyHtml === initialFields.bodyHtml ? { ...latest, bodyHtml: html } : latest));
    },
    [initialFields.bodyHtml],
  );

  // A document just created opens here: say what its first save did, once.
  useEffect(() => {
    if (!initial.id) return;
    let created: string | null = null;
    try {
      created = window.sessionStorage.getItem(createdFlashKey(initial.id));
      window.sessionStorage.removeItem(createdFlashKey(initial.id));
    } catch {
      return;
    }
    if (created === 'publish') {
      setNotice({ kind: 'success', text: 'Đã công bố văn bản.', link: { href: documentPath(initial.slug), label: 'Xem văn bản trên trang', newTab: true } });
    } else if (created === 'save') {
      setNotice({ kind: 'success', text: 'Đã lưu bản nháp.' });
    }
  }, [initial.id, initial.slug]);

  useEffect(() => {
    if (!dirty && busy === null) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [dirty, busy]);

  async function run(intent: DocumentIntent) {
    const sent = fieldsRef.current;
    setBusy(intent);
    let result: ActionResult<{ document: SavedDocument }>;
    try {
      result = await ACTIONS[intent]({
        id: saved.id,
        version: saved.version,
        number: sent.number,
        issuedAt: sent.issuedAt,
        issuer: sent.issuer,
        docType: sent.docType,
        field: sent.field,
        summary: sent.summary,
        inForce: sent.inForce,
        // left to the server while it follows the number and summary (it numbers a slug already taken)
        slug: slugEdited ? sent.slug : '',
        fileId: sent.file?.id ?? '',
        bodyHtml: sent.bodyHtml,
      });
    } catch {
      result = { ok: false, code: 'error', message: 'Không kết nối được với máy chủ. Nội dung vẫn còn trên màn hình; hãy thử lại khi có mạng.' };
    }
    setBusy(null);
    if (result.ok) {
      const document = result.document;
      const wasNew = saved.id === '';
      setSaved({ id: document.id, version: document.version, status: document.status, slug: document.slug, isSample: false });
      setSavedSnapshot(snapshot({ ...sent, slug: document.slug }));
      setFields((current) => ({ ...current, slug: current.slug === sent.slug ? document.slug : current.slug }));
      setFieldErrors({});
      if (document.status === 'published') setSlugEdited(true);
      if (wasNew) {
        // Everything typed is saved: the new document opens at its own address, which says what was done.
        try {
          window.sessionStorage.setItem(createdFlashKey(document.id), intent);
        } catch {
          // without storage the page opens without the notice; the status badge still says it
        }
        router.replace(`/quan-tri/van-ban/${document.id}`);
        return;
      }
      setNotice(successNotice(intent, document));
      return;
    }
    setFieldErrors(result.fieldErrors ?? {});
    setNotice(failureNotice(result.code, result.message));
    focusFirstError(result.fieldErrors);
  }

  function failureNotice(code: string, message: string): Notice {
    if (code === 'conflict') {
      return { kind: 'conflict', text: message, link: { href: `/quan-tri/van-ban/${saved.id}`, label: 'Mở bản mới nhất trong thẻ mới', newTab: true } };
    }
    if (code === 'unauthenticated') {
      return { kind: 'error', text: message, link: { href: `/dang-nhap?callbackUrl=${encodeURIComponent('/quan-tri/van-ban')}`, label: 'Đăng nhập lại trong thẻ mới', newTab: true } };
    }
    return { kind: 'error', text: message };
  }

  function focusFirstError(errors: Record<string, string> | undefined) {
    const first = FIELD_ORDER.find((field) => errors?.[field]);
    if (!first) {
      noticeRef.current?.focus();
      return;
    }
    const target =
      first === 'bodyHtml' ? document.querySelector<HTMLElement>(`[aria-labelledby="${id}-bodyHtml-label"]`) : document.getElementById(`${id}-${first}`);
    (target ?? noticeRef.current)?.focus();
  }

  async function remove() {
    if (!window.confirm(`Xóa vĩnh viễn văn bản “${fields.number || 'chưa có số'}”? ${isPublic ? 'Văn bản sẽ biến mất khỏi trang ngay. ' : ''}Không thể hoàn tác.`)) return;
    setBusy('delete');
    try {
      const result = await deleteDocumentAction({ id: saved.id, version: saved.version });
      if (result.ok) {
        setSavedSnapshot(snapshot(fieldsRef.current));
        router.push('/quan-tri/van-ban?da-xoa=1');
        return;
      }
      setNotice(failureNotice(result.code, result.message));
    } catch {
      setNotice({ kind: 'error', text: 'Không kết nối được với máy chủ. Vui lòng thử lại.' });
    } finally {
      setBusy(null);
    }
  }

  const err = (field: string) => fieldErrors[field];
  const fieldProps = (field: string, hint = false) => ({
    id: `${id}-${field}`,
    'aria-invalid': err(field) ? true : undefined,
    'aria-describedby': [hint ? `${id}-${field}-hint` : '', err(field) ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined,
  });
  const anyBusy = busy !== null;

  return (
    <ReadyForm
      onSubmit={(event) => {
        event.preventDefault();
        if (!anyBusy) void run('save');
      }}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id={`${id}-heading`} className="text-2xl font-bold text-brand-900">
          {isNew ? 'Thêm văn bản' : 'Sửa văn bản'}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>Trạng thái:</span> <DocumentStatusBadge status={saved.status} />
          {!isNew ? (
            <Link href={`/quan-tri/van-ban/${saved.id}/lich-su`} className="text-link underline">
              Lịch sử thay đổi
            </Link>
          ) : null}
        </p>
      </div>

      <div ref={noticeRef} tabIndex={-1} className="mt-3 focus:outline-none">
        <div role="alert">{notice && (notice.kind === 'error' || notice.kind === 'conflict') ? <NoticeBox notice={notice} /> : null}</div>
        <div role="status">{notice && (notice.kind === 'success' || notice.kind === 'info') ? <NoticeBox notice={notice} /> : null}</div>
      </div>

      {saved.isSample ? (
        <p className="notice notice-warning mt-3">
          Đây là văn bản mẫu (hiện trên trang với nhãn “Dữ liệu mẫu”). Hãy sửa thành văn bản thật rồi lưu, hoặc xóa văn bản này.
        </p>
      ) : null}

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-5">
          <Field label="Số/ký hiệu" field="number" id={id} error={err('number')} required hint="Ví dụ: 12/2026/QĐ-UBND.">
            <input
              {...fieldProps('number', true)}
              value={fields.number}
              onChange={(event) => update('number', event.target.value)}
              maxLength={100}
              required
              autoComplete="off"
              className="form-input mt-1 font-bold"
            />
          </Field>
          <Field label="Trích yếu" field="summary" id={id} error={err('summary')} required hint="Nội dung tóm tắt của văn bản, như ghi dưới số, ký hiệu.">
            <textarea
              {...fieldProps('summary', true)}
              value={fields.summary}
              onChange={(event) => update('summary', event.target.value)}
              rows={3}
              maxLength={1000}
              required
              className="form-input mt-1"
            />
          </Field>
          <Field
            label="Đường dẫn"
            field="slug"
            id={id}
            error={err('slug')}
            hint={
              isPublic
                ? `Địa chỉ: /van-ban/${fields.slug || '…'}. Văn bản đang công bố: đổi đường dẫn thì địa chỉ cũ không còn truy cập được.`
                : `Địa chỉ: /van-ban/${fields.slug || '…'}. Tự tạo từ số, ký hiệu và trích yếu; có thể sửa.`
            }
          >
            <input
              {...fieldProps('slug', true)}
              value={fields.slug}
              onChange={(event) => {
                setSlugEdited(true);
                update('slug', event.target.value.toLowerCase().replace(/\s+/g, '-'));
              }}
              maxLength={120}
              autoCapitalize="none"
              spellCheck={false}
              inputMode="url"
              className="form-input mt-1"
            />
          </Field>
          <div>
            <span id={`${id}-bodyHtml-label`} className="form-label">
              Toàn văn (không bắt buộc)
            </span>
            <p id={`${id}-bodyHtml-hint`} className="form-hint">
              Nội dung văn bản dạng chữ, hiện dưới nút tải tệp PDF; giúp người đọc xem nhanh trên điện thoại.
            </p>
            <RichTextEditor
              labelId={`${id}-bodyHtml-label`}
              initialHtml={fields.bodyHtml}
              onChange={(html) => update('bodyHtml', html)}
              onReady={onEditorReady}
              invalid={Boolean(err('bodyHtml'))}
              errorId={`${id}-bodyHtml-error`}
            />
            {err('bodyHtml') ? (
              <p id={`${id}-bodyHtml-error`} className="field-error">
                {err('bodyHtml')}
              </p>
            ) : null}
          </div>
        </div>

        <div className="space-y-5">
          <Field label="Ngày ban hành" field="issuedAt" id={id} error={err('issuedAt')} required>
            <input
              {...fieldProps('issuedAt')}
              type="date"
              value={fields.issuedAt}
              onChange={(event) => update('issuedAt', event.target.value)}
              min="1945-09-02"
              required
              className="form-input mt-1"
            />
          </Field>
          <Field label="Loại văn bản" field="docType" id={id} error={err('docType')} required>
            <select {...fieldProps('docType')} value={fields.docType} onChange={(event) => update('docType', event.target.value)} required className="form-input mt-1">
              {fields.docType === '' ? <option value="">Chọn loại văn bản</option> : null}
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Lĩnh vực" field="field" id={id} error={err('field')} required hint="Ví dụ: Tiếp công dân, Y tế, Đất đai.">
            <input
              {...fieldProps('field', true)}
              value={fields.field}
              onChange={(event) => update('field', event.target.value)}
              list={`${id}-field-list`}
              maxLength={100}
              required
              className="form-input mt-1"
            />
            <datalist id={`${id}-field-list`}>
              {suggestions.fields.map((value) => (
                <option key={value} value={value} />
              ))}
            </datalist>
          </Field>
          <Field label="Cơ quan ban hành" field="issuer" id={id} error={err('issuer')} required>
            <input
              {...fieldProps('issuer')}
              value={fields.issuer}
              onChange={(event) => update('issuer', event.target.value)}
              list={`${id}-issuer-list`}
              maxLength={200}
              required
              className="form-input mt-1"
            />
            <datalist id={`${id}-issuer-list`}>
              {suggestions.issuers.map((value) => (
                <option key={value} value={value} />
              ))}
            </datalist>
          </Field>
          <div className="flex items-start gap-2">
            <input
              id={`${id}-inForce`}
              type="checkbox"
              checked={fields.inForce}
              onChange={(event) => update('inForce', event.target.checked)}
              className="mt-1 size-5"
            />
            <label htmlFor={`${id}-inForce`}>
              <span className="font-bold">Còn hiệu lực</span>
              <span className="block text-sm text-gray-700">Bỏ chọn khi văn bản đã hết hiệu lực (bị thay thế, bãi bỏ, hết thời hạn).</span>
            </label>
          </div>
          <DocumentFileField id={`${id}-fileId`} file={fields.file} readOnly={false} error={err('fileId')} onChange={(file) => update('file', file)} />

          <div className="space-y-3 rounded border border-gray-300 bg-gray-50 p-3">
            <p role="status" aria-live="polite" className="min-h-5 text-sm text-gray-800">
              {busy ? 'Đang xử lý…' : dirty ? 'Có thay đổi chưa lưu.' : isNew ? 'Chưa lưu.' : 'Mọi thay đổi đã được lưu.'}
            </p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn btn-secondary" disabled={anyBusy} onClick={() => void run('save')}>
                {busy === 'save' ? 'Đang lưu…' : isPublic ? 'Cập nhật' : 'Lưu nháp'}
              </button>
              {!isPublic ? (
                <button type="button" className="btn btn-primary" disabled={anyBusy} onClick={() => void run('publish')}>
                  {busy === 'publish' ? 'Đang công bố…' : 'Công bố'}
                </button>
              ) : (
                <button type="button" className="btn btn-danger" disabled={anyBusy} onClick={() => void run('unpublish')}>
                  {busy === 'unpublish' ? 'Đang gỡ…' : 'Gỡ khỏi trang'}
                </button>
              )}
              {!isNew ? (
                <button type="button" className="btn btn-danger" disabled={anyBusy} onClick={() => void remove()}>
                  Xóa văn bản
                </button>
              ) : null}
            </div>
            {isPublic ? (
              <p className="text-sm">
                Đang công bố tại{' '}
                <a href={documentPath(saved.slug)} target="_blank" rel="noopener" className="break-all text-link underline">
                  {documentPath(saved.slug)}
                </a>
              </p>
            ) : null}
          </div>
        </div>
      </div>
    </ReadyForm>
  );
}

/** A labelled field with its hint and its error; the control inside carries the matching ids. */
function Field({
  label,
  field,
  id,
  error,
  hint,
  required = false,
  children,
}: {
  label: string;
  field: string;
  id: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={`${id}-${field}`} className="form-label">
        {label}
        {required ? <span className="font-normal text-gray-700"> (bắt buộc)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-${field}-hint`} className="form-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-${field}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function NoticeBox({ notice }: { notice: Notice }) {
  const tone = notice.kind === 'success' ? 'notice-success' : notice.kind === 'info' ? 'notice-info' : 'notice-error';
  return (
    <div className={`notice ${tone}`}>
      <p className={notice.kind === 'conflict' ? 'font-bold' : ''}>{notice.text}</p>
      {notice.link ? (
        <p className="mt-1">
          <a href={notice.link.href} target={notice.link.newTab ? '_blank' : undefined} rel="noopener" className="font-bold text-link underline">
            {notice.link.label}
          </a>
        </p>
      ) : null}
    </div>
  );
}
