'use client';

import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { saveSitePageAction } from '@/lib/actions/site-pages/save-site-page';
import { MAX_PAGE_TITLE_LENGTH, type SitePageKey } from '@/lib/domain/site-pages';
import { formatDateTime } from '@/lib/text/format-date';
import { RichTextEditor } from './rich-text-editor';
import { ReadyForm } from '@/components/ui/ready-form';

export type SitePageEditorInitial = {
  key: SitePageKey;
  /** what the page is called in the editor area, e.g. "Chức năng, nhiệm vụ" */
  label: string;
  title: string;
  bodyHtml: string;
  version: number;
  isSample: boolean;
  /** where readers see it, e.g. "/gioi-thieu#lich-su" */
  publicPath: string;
};

type Fields = { title: string; bodyHtml: string };
type Notice = { kind: 'success' | 'error' | 'conflict'; text: string; link?: { href: string; label: string } };

const snapshot = (fields: Fields) => JSON.stringify(fields);
const timeNow = () => formatDateTime(new Date()).split(' - ')[1];

/**
 * The editor of one site page (title and body). A save from a tab opened before someone
 * else's save is refused, with the typed text left on screen; leaving with unsaved
 * changes asks first.
 */
export function SitePageEditor({ initial }: { initial: SitePageEditorInitial }) {
  const id = useId();
  const [initialFields] = useState<Fields>(() => ({ title: initial.title, bodyHtml: initial.bodyHtml }));
  const [fields, setFields] = useState<Fields>(initialFields);
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshot(initialFields));
  const [version, setVersion] = useState(initial.version);
  const [isSample, setIsSample] = useState(initial.isSample);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const noticeRef = useRef<HTMLDivElement>(null);
  const dirty = snapshot(fields) !== savedSnapshot;

  // Tiptap writes the stored HTML its own way (e.g. <p> inside list items); that is not an edit.
  const onEditorReady = useCallback(
    (html: string) => {
      const current = fieldsRef.current;
      if (current.bodyHtml !== initialFields.bodyHtml || html === current.bodyHtml) return;
      setSavedSnapshot((snap) => (snap === snapshot(current) ? snapshot({ ...current, bodyHtml: html }) : snap));
      setFields((latest) => (latest.bodyHtml === initialFields.bodyHtml ? { ...latest, bodyHtml: html } : latest));
    },
    [initialFields.bodyHtml],
  );

  useEffect(() => {
    if (!dirty && !busy) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    // Links inside the app navigate without unloading the page: ask for those too.
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!anchor || anchor.target === '_blank' || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      if (anchor.origin !== window.location.origin) return;
      if (!window.confirm('Trang có thay đổi chưa lưu. Rời khỏi trang này?')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, busy]);

  async function save() {
    const sent = fieldsRef.current;
    setBusy(true);
    let result: ActionResult<{ page: { version: number } }>;
    try {
      result = await saveSitePageAction({ key: initial.key, version, title: sent.title, bodyHtml: sent.bodyHtml });
    } catch {
      result = { ok: false, code: 'error', message: 'Không kết nối được với máy chủ. Nội dung vẫn còn trên màn hình; hãy thử lại khi có mạng.' };
    } finally {
      setBusy(false);
    }
    if (result.ok) {
      setVersion(result.page.version);
      setSavedSnapshot(snapshot(sent));
      setIsSample(false);
      setFieldErrors({});
      setNotice({ kind: 'success', text: `Đã lưu lúc ${timeNow()}. Bạn đọc đã thấy nội dung mới.`, link: { href: initial.publicPath, label: 'Xem trên trang' } });
      return;
    }
    setFieldErrors(result.fieldErrors ?? {});
    if (result.code === 'conflict') {
      setNotice({ kind: 'conflict', text: result.message, link: { href: `/quan-tri/gioi-thieu/${initial.key}`, label: 'Mở bản mới nhất trong thẻ mới' } });
    } else if (result.code === 'unauthenticated') {
      setNotice({ kind: 'error', text: result.message, link: { href: `/dang-nhap?callbackUrl=${encodeURIComponent('/quan-tri')}`, label: 'Đăng nhập lại trong thẻ mới' } });
    } else {
      setNotice({ kind: 'error', text: result.message });
    }
    if (result.fieldErrors?.title) document.getElementById(`${id}-title`)?.focus();
    else noticeRef.current?.focus();
  }

  const err = (field: string) => fieldErrors[field];
  return (
    <ReadyForm
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
      aria-labelledby={`${id}-heading`}
      className="space-y-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id={`${id}-heading`} className="text-2xl font-bold text-brand-900">
          Sửa trang: {initial.label}
        </h1>
        <p className="flex flex-wrap gap-3 text-sm">
          <Link href={`/quan-tri/gioi-thieu/${initial.key}/lich-su`} className="text-link underline">
            Lịch sử thay đổi
          </Link>
          <a href={initial.publicPath} target="_blank" rel="noopener" className="text-link underline">
            Xem trên trang
          </a>
        </p>
      </div>

      {isSample ? (
        <p className="notice notice-warning">
          Trang đang hiện nội dung mẫu, có nhãn “Dữ liệu mẫu”. Khi bạn lưu, nội dung được coi là thông tin chính thức và nhãn không còn hiện.
        </p>
      ) : null}

      <div ref={noticeRef} tabIndex={-1} className="focus:outline-none">
        {/* Live regions that always exist, so that screen readers announce what appears in them. */}
        <div role="alert">{notice && notice.kind !== 'success' ? <NoticeBox notice={notice} /> : null}</div>
        <div role="status">{notice?.kind === 'success' ? <NoticeBox notice={notice} /> : null}</div>
      </div>

      <div>
        <label htmlFor={`${id}-title`} className="form-label">
          Tiêu đề
        </label>
        <input
          id={`${id}-title`}
          value={fields.title}
          onChange={(event) => setFields((current) => ({ ...current, title: event.target.value }))}
          maxLength={MAX_PAGE_TITLE_LENGTH}
          aria-invalid={err('title') ? true : undefined}
          aria-describedby={err('title') ? `${id}-title-error` : undefined}
          className="form-input mt-1 text-lg font-bold"
        />
        {err('title') ? (
          <p id={`${id}-title-error`} className="field-error">
            {err('title')}
          </p>
        ) : null}
      </div>

      <div>
        <span id={`${id}-body-label`} className="form-label">
          Nội dung
        </span>
        <RichTextEditor
          labelId={`${id}-body-label`}
          initialHtml={initialFields.bodyHtml}
          onChange={(html) => setFields((current) => ({ ...current, bodyHtml: html }))}
          onReady={onEditorReady}
          invalid={Boolean(err('bodyHtml'))}
          errorId={`${id}-bodyHtml-error`}
          placeholder="Nhập nội dung trang…"
        />
        {err('bodyHtml') ? (
          <p id={`${id}-bodyHtml-error`} className="field-error">
            {err('bodyHtml')}
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center gap-3 rounded border border-gray-300 bg-gray-50 p-3">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu trang'}
        </button>
        <p aria-live="polite" className="text-sm text-gray-800">
          {busy ? 'Đang lưu…' : dirty ? 'Có thay đổi chưa lưu.' : 'Mọi thay đổi đã được lưu.'}
        </p>
      </div>
    </ReadyForm>
  );
}

function NoticeBox({ notice }: { notice: Notice }) {
  const tone = notice.kind === 'success' ? 'notice-success' : 'notice-error';
  return (
    <div className={`notice ${tone}`}>
      <p className={notice.kind === 'conflict' ? 'font-bold' : ''}>{notice.text}</p>
      {notice.link ? (
        <p className="mt-1">
          <a href={notice.link.href} target="_blank" rel="noopener" className="font-bold text-link underline">
            {notice.link.label}
          </a>
        </p>
      ) : null}
    </div>
  );
}
