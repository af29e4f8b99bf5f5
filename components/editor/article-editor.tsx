'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { autosaveArticleAction } from '@/lib/actions/articles/autosave-article';
import { previewArticleAction } from '@/lib/actions/articles/preview-article';
import { publishArticleAction } from '@/lib/actions/articles/publish-article';
import { saveArticleAction } from '@/lib/actions/articles/save-article';
import { scheduleArticleAction } from '@/lib/actions/articles/schedule-article';
import { submitArticleAction } from '@/lib/actions/articles/submit-article';
import { trashArticleAction } from '@/lib/actions/articles/trash-article';
import { unpublishArticleAction } from '@/lib/actions/articles/unpublish-article';
import { unscheduleArticleAction } from '@/lib/actions/articles/unschedule-article';
import type { ArticleIntent, SavedArticle } from '@/lib/articles/write-article';
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '@/lib/domain/article-status';
import { formatDateTime, toSiteIsoString } from '@/lib/text/format-date';
import { slugify } from '@/lib/text/slugify';
import { CoverField, type Cover } from './cover-field';
import { RichTextEditor } from './rich-text-editor';
import { StatusBadge } from './status-badge';
import { ReadyForm } from '@/components/ui/ready-form';

export type EditorInitialArticle = {
  id: string;
  version: number;
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  status: ArticleStatus;
  categoryId: string;
  cover: Cover | null;
  coverAlt: string;
  /** ISO instant */
  publishedAt: string | null;
  updatedAt: string;
  everPublished: boolean;
  authorName: string | null;
};

export type EditorPermissions = { edit: boolean; publish: boolean; submit: boolean; trash: boolean };

type Fields = {
  title: string;
  slug: string;
  summary: string;
  categoryId: string;
  cover: Cover | null;
  coverAlt: string;
  bodyHtml: string;
  /** "2026-11-26T09:30" in the ward's time zone, or '' */
  publishedAt: string;
};

type Notice = { kind: 'success' | 'error' | 'info' | 'conflict'; text: string; link?: { href: string; label: string; newTab?: boolean } };
type Backup = { fields: Fields; baseVersion: number; savedAt: number };

const ACTIONS: Record<ArticleIntent, (input: unknown) => Promise<ActionResult<{ article: SavedArticle }>>> = {
  save: saveArticleAction,
  autosave: autosaveArticleAction,
  publish: publishArticleAction,
  schedule: scheduleArticleAction,
  unschedule: unscheduleArticleAction,
  unpublish: unpublishArticleAction,
  submit: submitArticleAction,
};

/** Statuses whose drafts are saved on their own as the editor types. */
const AUTOSAVED: readonly ArticleStatus[] = ['draft', 'pending', 'unpublished'];
const AUTOSAVE_IDLE_MS = 3_000;
const AUTOSAVE_MAX_WAIT_MS = 30_000;
const PLACEHOLDER_SLUG = /^ban-nhap-[0-9a-f]+$/;

const FIELD_ORDER: (keyof Fields | 'coverId')[] = ['title', 'slug', 'summary', 'categoryId', 'coverId', 'coverAlt', 'bodyHtml', 'publishedAt'];

function toLocalInput(iso: string | null): string {
  return iso ? toSiteIsoString(new Date(iso)).slice(0, 16) : '';
}

function snapshot(fields: Fields): string {
  return JSON.stringify({ ...fields, cover: fields.cover?.id ?? null });
}

/** What the save, autosave and preview actions receive: the fields, with the version they were based on. */
function toPayload(id: string, version: number, fields: Fields) {
  return {
    id,
    version,
    title: fields.title,
    slug: fields.slug,
    summary: fields.summary,
    categoryId: fields.categoryId,
    coverId: fields.cover?.id ?? '',
    coverAlt: fields.coverAlt,
    bodyHtml: fields.bodyHtml,
    publishedAt: fields.publishedAt,
  };
}

function timeNow(): string {
  return formatDateTime(new Date()).split(' - ')[1];
}

function backupKey(id: string): string {
  return `phuoc-hung:ban-chua-luu:${id}`;
}

/**
 * The article editor. What the editor types is never lost: drafts save themselves a few
 * seconds after typing stops, every change is also kept in this browser until the server
 * has it, leaving with unsaved changes asks first, and a save refused because another tab
 * saved meanwhile leaves the typed text on screen with a clear explanation.
 */
export function ArticleEditor({
  initial,
  categories,
  can,
}: {
  initial: EditorInitialArticle;
  categories: { id: string; name: string }[];
  can: EditorPermissions;
}) {
  const id = useId();
  const router = useRouter();
  // The page re-renders after a publish (revalidation); the form keeps its own state from the first render.
  const [initialFields] = useState<Fields>(
    () => ({
      title: initial.title,
      slug: PLACEHOLDER_SLUG.test(initial.slug) ? '' : initial.slug,
      summary: initial.summary,
      categoryId: initial.categoryId,
      cover: initial.cover,
      coverAlt: initial.coverAlt,
      bodyHtml: initial.bodyHtml,
      publishedAt: toLocalInput(initial.publishedAt),
    }),
  );
  const [fields, setFields] = useState<Fields>(initialFields);
  const [slugEdited, setSlugEdited] = useState(
    () => initial.everPublished || (!PLACEHOLDER_SLUG.test(initial.slug) && initial.slug !== slugify(initial.title)),
  );
  const [saved, setSaved] = useState<SavedArticle>({
    id: initial.id,
    version: initial.version,
    status: initial.status,
    slug: initial.slug,
    publishedAt: initial.publishedAt,
    updatedAt: initial.updatedAt,
  });
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshot(initialFields));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [autosaveText, setAutosaveText] = useState('');
  const [backup, setBackup] = useState<Backup | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [conflict, setConflict] = useState(false);

  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const savedRef = useRef(saved);
  savedRef.current = saved;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastAutosave = useRef(Date.now());
  const noticeRef = useRef<HTMLDivElement>(null);

  const dirty = snapshot(fields) === savedSnapshot ? false : true;
  const status = saved.status;
  const readOnly = !can.edit || status === 'trashed';
  const publicUrl = `/tin-tuc/${saved.slug}`;

  const update = useCallback(<K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((current) => {
      const next = { ...current, [key]: value };
      if (key === 'title' && !slugEdited) next.slug = slugify(String(value));
      return next;
    });
  }, [slugEdited]);

  // Tiptap writes the stored HTML its own way (e.g. <p> inside list items); that is not an edit.
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

  // --- saving -----------------------------------------------------------------------

  const run = useCallback(
    (intent: ArticleIntent): Promise<boolean> => {
      const task = queue.current.then(async () => {
        const sent = fieldsRef.current;
        const payload = toPayload(initial.id, savedRef.current.version, sent);
        if (intent === 'autosave') {
          lastAutosave.current = Date.now();
          setAutosaveText('Đang tự động lưu…');
        } else {
          setBusy(intent);
        }
        let result: ActionResult<{ article: SavedArticle }>;
        try {
          result = await ACTIONS[intent](payload);
        } catch {
          result = {
            ok: false,
            code: 'error',
            message: 'Không kết nối được với máy chủ. Nội dung vẫn còn trên màn hình và được giữ tạm trong trình duyệt này; hãy thử lại khi có mạng.',
          };
        } finally {
          setBusy(null);
        }
        if (result.ok) {
          setSaved(result.article);
          savedRef.current = result.article;
          setSavedSnapshot(snapshot(sent));
          setFieldErrors({});
          setConflict(false);
          // Once readers have the address, it no longer follows the title.
          if (result.article.status === 'published') setSlugEdited(true);
          if (intent === 'autosave') {
            setAutosaveText(`Đã tự động lưu lúc ${timeNow()}.`);
          } else {
            setAutosaveText('');
            setNotice(successNotice(intent, result.article));
          }
          return true;
        }
        if (intent === 'autosave') {
          // Quietly retried on the next change; only a conflict or an expired session needs the editor now.
          setAutosaveText(`Chưa tự động lưu được: ${result.message}`);
          if (result.fieldErrors) setFieldErrors(result.fieldErrors);
        }
        if (result.code === 'conflict') setConflict(true);
        if (intent !== 'autosave' || result.code === 'conflict' || result.code === 'unauthenticated') {
          setFieldErrors(result.fieldErrors ?? {});
          setNotice(failureNotice(result.code, result.message));
          if (intent !== 'autosave') focusFirstError(result.fieldErrors);
        }
        return false;
      });
      queue.current = task.catch(() => undefined);
      return task;
    },
    [initial.id],
  );

  function successNotice(intent: ArticleIntent, article: SavedArticle): Notice {
    const link = { href: `/tin-tuc/${article.slug}`, label: 'Xem bài trên trang', newTab: true };
    switch (intent) {
      case 'publish':
        return { kind: 'success', text: 'Đã xuất bản.', link };
      case 'schedule':
        return {
          kind: 'success',
          text: `Đã hẹn giờ xuất bản lúc ${article.publishedAt ? formatDateTime(new Date(article.publishedAt)) : ''}. Bài sẽ tự động lên trang vào thời điểm đó.`,
        };
      case 'unschedule':
        return { kind: 'success', text: 'Đã hủy hẹn giờ. Bài trở về bản nháp.' };
      case 'unpublish':
        return { kind: 'success', text: 'Đã gỡ bài. Bạn đọc không còn xem được bài này.' };
      case 'submit':
        return { kind: 'success', text: 'Đã gửi duyệt. Biên tập viên sẽ xem và xuất bản bài.' };
      default:
        return article.status === 'published'
          ? { kind: 'success', text: `Đã cập nhật bài trên trang lúc ${timeNow()}.`, link }
          : { kind: 'success', text: `Đã lưu lúc ${timeNow()}.` };
    }
  }

  function failureNotice(code: string, message: string): Notice {
    if (code === 'conflict') {
      return { kind: 'conflict', text: message, link: { href: `/quan-tri/bai-viet/${initial.id}`, label: 'Mở bản mới nhất trong thẻ mới', newTab: true } };
    }
    if (code === 'unauthenticated') {
      return {
        kind: 'error',
        text: message,
        link: { href: `/dang-nhap?callbackUrl=${encodeURIComponent('/quan-tri')}`, label: 'Đăng nhập lại trong thẻ mới', newTab: true },
      };
    }
    return { kind: 'error', text: message };
  }

  function focusFirstError(errors: Record<string, string> | undefined) {
    const first = FIELD_ORDER.find((field) => errors?.[field]);
    if (!first) {
      noticeRef.current?.focus();
      return;
    }
    const target = first === 'bodyHtml' ? document.querySelector<HTMLElement>(`[aria-labelledby="${id}-body-label"]`) : document.getElementById(`${id}-${first}`);
    target?.focus();
  }

  // Autosave a draft a few seconds after typing stops (and at least every half minute while typing goes on).
  useEffect(() => {
    if (!dirty || readOnly || conflict || !AUTOSAVED.includes(status)) return;
    const sinceLast = Date.now() - lastAutosave.current;
    const delay = Math.max(0, Math.min(AUTOSAVE_IDLE_MS, AUTOSAVE_MAX_WAIT_MS - sinceLast));
    const timer = setTimeout(() => void run('autosave'), delay);
    return () => clearTimeout(timer);
  }, [fields, dirty, readOnly, conflict, status, run]);

  // --- never lose text: a copy in this browser until the server has it ----------------

  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(backupKey(initial.id));
      if (!stored) return;
      const parsed = JSON.parse(stored) as Backup;
      if (snapshot(parsed.fields) !== snapshot(initialFields)) setBackup(parsed);
      else window.localStorage.removeItem(backupKey(initial.id));
    } catch {
      // A browser without storage simply has no backup.
    }
    // Only when the editor opens: later changes are this session's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const keepUnsavedCopy = useRef<() => void>(() => undefined);
  useEffect(() => {
    const keep = () => {
      if (!dirty) return;
      try {
        const copy: Backup = { fields, baseVersion: savedRef.current.version, savedAt: Date.now() };
        window.localStorage.setItem(backupKey(initial.id), JSON.stringify(copy));
      } catch {
        // Storage full or disabled: the server copy and the leave warning still protect the text.
      }
    };
    keepUnsavedCopy.current = keep;
    const timer = setTimeout(() => {
      if (dirty) keep();
      else if (!backup) {
        try {
          window.localStorage.removeItem(backupKey(initial.id));
        } catch {
          // nothing to remove
        }
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [fields, dirty, initial.id, backup]);

  // The copy above waits for typing to pause; a tab closed (or an editor left) within that
  // pause must not lose the last keystrokes, e.g. right after a save failed for want of a server.
  useEffect(() => {
    const keepNow = () => keepUnsavedCopy.current();
    window.addEventListener('pagehide', keepNow);
    return () => {
      window.removeEventListener('pagehide', keepNow);
      keepNow();
    };
  }, []);

  function restoreBackup() {
    if (!backup) return;
    setFields(backup.fields);
    setSlugEdited(true);
    setEditorKey((key) => key + 1);
    setBackup(null);
    setNotice({ kind: 'info', text: 'Đã khôi phục nội dung chưa lưu. Hãy xem lại rồi lưu bài.' });
  }

  function discardBackup() {
    setBackup(null);
    try {
      window.localStorage.removeItem(backupKey(initial.id));
    } catch {
      // nothing to discard
    }
  }

  // --- warn before leaving with unsaved changes ---------------------------------------

  const unsaved = dirty || busy !== null;
  useEffect(() => {
    if (!unsaved) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    // Links inside the app navigate without unloading the page: ask for those too.
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!anchor || anchor.target === '_blank' || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      if (anchor.origin !== window.location.origin) return;
      if (!window.confirm('Bài viết có thay đổi chưa lưu. Rời khỏi trang này?')) {
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
  }, [unsaved]);

  // --- other buttons ------------------------------------------------------------------

  async function preview() {
    // Opened now, while the click still counts as the user's, then pointed at the preview.
    const tab = window.open('', '_blank');
    setBusy('preview');
    try {
      const sent = fieldsRef.current;
      const result = await previewArticleAction(toPayload(initial.id, savedRef.current.version, sent));
      if (result.ok) {
        // A blocked pop-up: offer the link rather than leave the editor.
        if (tab) tab.location.href = result.previewUrl;
        else setNotice({ kind: 'info', text: 'Bản xem trước đã sẵn sàng.', link: { href: result.previewUrl, label: 'Mở bản xem trước', newTab: true } });
        setFieldErrors({});
      } else {
        tab?.close();
        setFieldErrors(result.fieldErrors ?? {});
        setNotice(failureNotice(result.code, result.message));
      }
    } catch {
      tab?.close();
      setNotice({ kind: 'error', text: 'Không kết nối được với máy chủ để mở bản xem trước. Vui lòng thử lại.' });
    } finally {
      setBusy(null);
    }
  }

  async function trash() {
    if (!window.confirm('Chuyển bài viết này vào thùng rác? Bài sẽ không còn hiện trên trang; bạn có thể khôi phục lại sau.')) return;
    await queue.current;
    setBusy('trash');
    try {
      const result = await trashArticleAction({ id: initial.id, version: savedRef.current.version });
      if (result.ok) {
        setSavedSnapshot(snapshot(fieldsRef.current));
        discardBackup();
        router.refresh();
        return;
      }
      if (result.code === 'conflict') setConflict(true);
      setNotice(failureNotice(result.code, result.message));
    } catch {
      setNotice({ kind: 'error', text: 'Không kết nối được với máy chủ. Vui lòng thử lại.' });
    } finally {
      setBusy(null);
    }
  }

  // --- rendering ----------------------------------------------------------------------

  const err = (field: string) => fieldErrors[field];
  const describedBy = (field: string, hint = false) =>
    [hint ? `${id}-${field}-hint` : '', err(field) ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (field: string) =>
    err(field) ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {err(field)}
      </p>
    ) : null;

  const isPublic = status === 'published';
  const anyBusy = busy !== null;
  const saveLabel = isPublic ? 'Cập nhật' : status === 'scheduled' ? 'Lưu thay đổi' : 'Lưu nháp';

  return (
    <ReadyForm onSubmit={(event) => event.preventDefault()} noValidate aria-labelledby={`${id}-heading`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id={`${id}-heading`} className="text-2xl font-bold text-brand-900">
          {initial.title ? 'Sửa bài viết' : 'Viết bài mới'}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>Trạng thái:</span> <StatusBadge status={status} />
          <Link href={`/quan-tri/bai-viet/${initial.id}/lich-su`} className="text-link underline">
            Lịch sử thay đổi
          </Link>
        </p>
      </div>

      <div ref={noticeRef} tabIndex={-1} className="mt-3 focus:outline-none">
        {/* Two live regions that always exist, so that screen readers announce what appears in them. */}
        <div role="alert">{notice && (notice.kind === 'error' || notice.kind === 'conflict') ? <NoticeBox notice={notice} /> : null}</div>
        <div role="status">{notice && (notice.kind === 'success' || notice.kind === 'info') ? <NoticeBox notice={notice} /> : null}</div>
      </div>

      {backup ? (
        <div className="notice notice-warning mt-3" role="alert">
          <p>
            Trình duyệt này còn giữ nội dung chưa lưu của bài này từ lúc {formatDateTime(new Date(backup.savedAt))}
            {backup.baseVersion < initial.version ? ' (bài đã được lưu lại sau thời điểm đó)' : ''}.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className="btn btn-primary btn-small" onClick={restoreBackup}>
              Khôi phục nội dung chưa lưu
            </button>
            <button type="button" className="btn btn-secondary btn-small" onClick={discardBackup}>
              Bỏ qua
            </button>
          </div>
        </div>
      ) : null}

      {readOnly && status !== 'trashed' ? (
        <p className="notice notice-info mt-3">
          Bài đang ở trạng thái “{ARTICLE_STATUS_LABELS[status]}”. Chỉ biên tập viên mới sửa được bài này.
        </p>
      ) : null}

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-5">
          <div>
            <label htmlFor={`${id}-title`} className="form-label">
              Tiêu đề
            </label>
            <input
              id={`${id}-title`}
              value={fields.title}
              onChange={(event) => update('title', event.target.value)}
              readOnly={readOnly}
              maxLength={300}
              aria-invalid={err('title') ? true : undefined}
              aria-describedby={describedBy('title')}
              className="form-input mt-1 text-lg font-bold"
            />
            {errorText('title')}
          </div>

          <div>
            <label htmlFor={`${id}-slug`} className="form-label">
              Đường dẫn
            </label>
            <div className="mt-1 flex items-stretch">
              <span className="hidden items-center whitespace-nowrap rounded-l border border-r-0 border-gray-500 bg-gray-100 px-2 text-sm text-gray-700 sm:flex" aria-hidden="true">
                /tin-tuc/
              </span>
              <input
                id={`${id}-slug`}
                value={fields.slug}
                onChange={(event) => {
                  setSlugEdited(true);
                  update('slug', event.target.value.toLowerCase().replace(/\s+/g, '-'));
                }}
                readOnly={readOnly}
                autoCapitalize="none"
                spellCheck={false}
                inputMode="url"
                aria-invalid={err('slug') ? true : undefined}
                aria-describedby={describedBy('slug', true)}
                className="form-input sm:rounded-l-none"
              />
            </div>
            <p id={`${id}-slug-hint`} className="form-hint">
              {initial.everPublished || status === 'published' || status === 'unpublished'
                ? 'Bài đã từng đăng: nếu đổi đường dẫn, địa chỉ cũ vẫn tự chuyển đến địa chỉ mới.'
                : 'Tự tạo từ tiêu đề; có thể sửa. Chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.'}
              {slugEdited && !readOnly && fields.title ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="text-link underline"
                    onClick={() => {
                      setSlugEdited(false);
                      update('slug', slugify(fieldsRef.current.title));
                    }}
                  >
                    Tạo lại từ tiêu đề
                  </button>
                </>
              ) : null}
            </p>
            {errorText('slug')}
          </div>

          <div>
            <label htmlFor={`${id}-summary`} className="form-label">
              Tóm tắt
            </label>
            <textarea
              id={`${id}-summary`}
              value={fields.summary}
              onChange={(event) => update('summary', event.target.value)}
              readOnly={readOnly}
              rows={3}
              maxLength={600}
              aria-invalid={err('summary') ? true : undefined}
              aria-describedby={describedBy('summary', true)}
              className="form-input mt-1"
            />
            <p id={`${id}-summary-hint`} className="form-hint">
              Một hai câu hiện dưới tiêu đề ở trang chủ và chuyên mục. Để trống thì lấy đoạn đầu của nội dung.
            </p>
            {errorText('summary')}
          </div>

          <div>
            <span id={`${id}-body-label`} className="form-label">
              Nội dung
            </span>
            <RichTextEditor
              key={editorKey}
              labelId={`${id}-body-label`}
              initialHtml={fields.bodyHtml}
              onChange={(html) => update('bodyHtml', html)}
              onReady={onEditorReady}
              readOnly={readOnly}
              invalid={Boolean(err('bodyHtml'))}
              errorId={`${id}-bodyHtml-error`}
            />
            {errorText('bodyHtml')}
          </div>
        </div>

        <div className="space-y-5">
          <div>
            <label htmlFor={`${id}-categoryId`} className="form-label">
              Chuyên mục
            </label>
            <select
              id={`${id}-categoryId`}
              value={fields.categoryId}
              onChange={(event) => update('categoryId', event.target.value)}
              disabled={readOnly}
              aria-invalid={err('categoryId') ? true : undefined}
              aria-describedby={describedBy('categoryId')}
              className="form-input mt-1"
            >
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
            {errorText('categoryId')}
          </div>

          <div>
            <label htmlFor={`${id}-publishedAt`} className="form-label">
              Ngày xuất bản
            </label>
            <input
              id={`${id}-publishedAt`}
              type="datetime-local"
              value={fields.publishedAt}
              onChange={(event) => update('publishedAt', event.target.value)}
              readOnly={readOnly}
              aria-invalid={err('publishedAt') ? true : undefined}
              aria-describedby={describedBy('publishedAt', true)}
              className="form-input mt-1"
            />
            <p id={`${id}-publishedAt-hint`} className="form-hint">
              Giờ Việt Nam. Để trống khi xuất bản thì lấy thời điểm hiện tại; chọn một thời điểm sắp tới rồi bấm “Hẹn giờ xuất bản” để bài tự lên trang.
            </p>
            {errorText('publishedAt')}
          </div>

          <CoverField
            idPrefix={id}
            cover={fields.cover}
            alt={fields.coverAlt}
            readOnly={readOnly}
            onCoverChange={(cover) => update('cover', cover)}
            onAltChange={(alt) => update('coverAlt', alt)}
            errors={{ file: err('coverId'), alt: err('coverAlt') }}
          />

          {status !== 'trashed' ? (
            <div className="space-y-3 rounded border border-gray-300 bg-gray-50 p-3">
              <p role="status" aria-live="polite" className="min-h-5 text-sm text-gray-800">
                {busy ? 'Đang xử lý…' : dirty ? (autosaveText && autosaveText.startsWith('Chưa') ? autosaveText : 'Có thay đổi chưa lưu.') : autosaveText || 'Mọi thay đổi đã được lưu.'}
              </p>
              <div className="flex flex-wrap gap-2">
                {can.edit ? (
                  <button type="button" className="btn btn-secondary" disabled={anyBusy} onClick={() => void run('save')}>
                    {busy === 'save' ? 'Đang lưu…' : saveLabel}
                  </button>
                ) : null}
                <button type="button" className="btn btn-secondary" disabled={anyBusy} onClick={() => void preview()}>
                  Xem trước
                </button>
                {can.publish && status !== 'published' ? (
                  <button type="button" className="btn btn-primary" disabled={anyBusy} onClick={() => void run('publish')}>
                    {busy === 'publish' ? 'Đang xuất bản…' : 'Xuất bản'}
                  </button>
                ) : null}
                {can.publish && status !== 'published' ? (
                  <button type="button" className="btn btn-secondary" disabled={anyBusy} onClick={() => void run('schedule')}>
                    Hẹn giờ xuất bản
                  </button>
                ) : null}
                {can.publish && status === 'scheduled' ? (
                  <button type="button" className="btn btn-secondary" disabled={anyBusy} onClick={() => void run('unschedule')}>
                    Hủy hẹn giờ
                  </button>
                ) : null}
                {can.publish && status === 'published' ? (
                  <button type="button" className="btn btn-danger" disabled={anyBusy} onClick={() => void run('unpublish')}>
                    Gỡ bài
                  </button>
                ) : null}
                {!can.publish && can.submit && status === 'draft' ? (
                  <button type="button" className="btn btn-primary" disabled={anyBusy} onClick={() => void run('submit')}>
                    Gửi duyệt
                  </button>
                ) : null}
                {can.trash ? (
                  <button type="button" className="btn btn-danger" disabled={anyBusy} onClick={() => void trash()}>
                    Chuyển vào thùng rác
                  </button>
                ) : null}
              </div>
              {isPublic ? (
                <p className="text-sm">
                  Đang đăng tại{' '}
                  <a href={publicUrl} target="_blank" rel="noopener" className="break-all text-link underline">
                    {publicUrl}
                  </a>
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
    </ReadyForm>
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
