'use client';

import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { uploadImageAction } from '@/lib/actions/media/upload-image';
import { MAX_IMAGE_BYTES_TEXT, checkImageFile } from './image-file-check';

type Props = {
  /** id of the visible "Nội dung" label that names the editable area */
  labelId: string;
  initialHtml: string;
  onChange: (html: string) => void;
  /** called once with the editor's own rendering of the initial HTML */
  onReady: (html: string) => void;
  readOnly?: boolean;
  errorId?: string;
  invalid?: boolean;
  /** shown in the empty editor */
  placeholder?: string;
};

/**
 * The article body editor (Tiptap): headings, bold/italic/underline, lists, quotes,
 * links, images and tables, nothing else, since that is all the public page styles and
 * the sanitiser keeps. The editable area is a textbox named by the visible "Nội dung"
 * label; every toolbar button has a Vietnamese name and says whether it is on.
 */
export function RichTextEditor({
  labelId,
  initialHtml,
  onChange,
  onReady,
  readOnly = false,
  errorId,
  invalid = false,
  placeholder = 'Nhập nội dung bài viết…',
}: Props) {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['http', 'https', 'mailto', 'tel'],
          HTMLAttributes: { rel: null, target: null },
        },
      }),
      Image.configure({ inline: false, allowBase64: false }),
      TableKit.configure({ table: { resizable: false } }),
      Placeholder.configure({ placeholder }),
    ],
    content: initialHtml,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        class: 'article-body',
      },
    },
    onCreate: ({ editor: created }) => onReadyRef.current(created.getHTML()),
    onUpdate: ({ editor: updated }) => onChangeRef.current(updated.getHTML()),
  });

  // Error state of the editable area follows the form's field errors.
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          class: 'article-body',
          ...(invalid ? { 'aria-invalid': 'true' } : {}),
          ...(errorId && invalid ? { 'aria-describedby': errorId } : {}),
          ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        },
      },
    });
  }, [editor, invalid, errorId, labelId, readOnly]);

  return (
    <div className="rich-text-editor mt-1">
      {editor && !readOnly ? <Toolbar editor={editor} /> : null}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div className="min-h-72 rounded border border-gray-500 bg-gray-50 px-4 py-3 text-gray-700">Đang tải trình soạn thảo…</div>
      )}
    </div>
  );
}

type Panel = 'link' | 'image' | null;

function Toolbar({ editor }: { editor: Editor }) {
  const [panel, setPanel] = useState<Panel>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="sticky top-0 z-10 rounded-t border border-b-0 border-gray-500 bg-gray-100">
      <div role="toolbar" aria-label="Định dạng nội dung" className="flex flex-wrap gap-0.5 p-1">
        <ToolButton label="Hoàn tác" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          ↶
        </ToolButton>
        <ToolButton label="Làm lại" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          ↷
        </ToolButton>
        <Separator />
        <ToolButton label="Đề mục lớn" pressed={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolButton>
        <ToolButton label="Đề mục nhỏ" pressed={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolButton>
        <Separator />
        <ToolButton label="Chữ đậm" pressed={state.bold} onClick={() => chain().toggleBold().run()}>
          <b>B</b>
        </ToolButton>
        <ToolButton label="Chữ nghiêng" pressed={state.italic} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label="Gạch chân" pressed={state.underline} onClick={() => chain().toggleUnderline().run()}>
          <u>U</u>
        </ToolButton>
        <Separator />
        <ToolButton label="Danh sách dấu chấm" pressed={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          •≡
        </ToolButton>
        <ToolButton label="Danh sách đánh số" pressed={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          1≡
        </ToolButton>
        <ToolButton label="Trích dẫn" pressed={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
          ❝
        </ToolButton>
        <Separator />
        <ToolButton label="Chèn liên kết" pressed={panel === 'link'} onClick={() => setPanel(panel === 'link' ? null : 'link')}>
          Liên kết
        </ToolButton>
        {state.link ? (
          <ToolButton label="Bỏ liên kết" onClick={() => chain().extendMarkRange('link').unsetLink().run()}>
            Bỏ liên kết
          </ToolButton>
        ) : null}
        <ToolButton label="Chèn ảnh" pressed={panel === 'image'} onClick={() => setPanel(panel === 'image' ? null : 'image')}>
          Ảnh
        </ToolButton>
        <ToolButton label="Chèn bảng" disabled={state.table} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
          Bảng
        </ToolButton>
        {state.table ? (
          <>
            <ToolButton label="Thêm hàng" onClick={() => chain().addRowAfter().run()}>
              +Hàng
            </ToolButton>
            <ToolButton label="Thêm cột" onClick={() => chain().addColumnAfter().run()}>
              +Cột
            </ToolButton>
            <ToolButton label="Xóa hàng" onClick={() => chain().deleteRow().run()}>
              −Hàng
            </ToolButton>
            <ToolButton label="Xóa cột" onClick={() => chain().deleteColumn().run()}>
              −Cột
            </ToolButton>
            <ToolButton label="Xóa bảng" onClick={() => chain().deleteTable().run()}>
              Xóa bảng
            </ToolButton>
          </>
        ) : null}
      </div>
      {panel === 'link' ? <LinkPanel editor={editor} onClose={() => setPanel(null)} /> : null}
      {panel === 'image' ? <ImagePanel editor={editor} onClose={() => setPanel(null)} /> : null}
    </div>
  );
}

function ToolButton({ label, pressed, disabled, onClick, children }: { label: string; pressed?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      title={label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={disabled}
      // Keep the text selection while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function Separator() {
  return <span aria-hidden="true" className="mx-1 my-2 w-px bg-gray-400" />;
}

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

function LinkPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const [url, setUrl] = useState<string>(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [error, setError] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  function apply(event: FormEvent) {
    event.preventDefault();
    let href = url.trim();
    if (!href) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    if (!SAFE_LINK.test(href) && /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(href)) href = `https://${href}`;
    if (!SAFE_LINK.test(href)) {
      setError('Địa chỉ cần bắt đầu bằng https://, http://, mailto: hoặc tel:.');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  }

  return (
    // Not a <form>: it sits inside the article form, and forms cannot nest.
    <div className="flex flex-wrap items-end gap-2 border-t border-gray-300 p-2" onKeyDown={(event) => {
      if (event.key === 'Enter') apply(event);
      if (event.key === 'Escape') onClose();
    }}>
      <div className="min-w-0 flex-1">
        <label htmlFor={`${id}-url`} className="form-label text-sm">
          Địa chỉ liên kết
        </label>
        <input
          ref={inputRef}
          id={`${id}-url`}
          type="url"
          inputMode="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="form-input mt-1"
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="button" className="btn btn-primary btn-small" onClick={apply}>
        Áp dụng
      </button>
      <button type="button" className="btn btn-secondary btn-small" onClick={onClose}>
        Hủy
      </button>
    </div>
  );
}

function ImagePanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const [pending, setPending] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  async function insert() {
    const file = fileRef.current?.files?.[0];
    const next: { file?: string; alt?: string } = {};
    const fileProblem = checkImageFile(file);
    if (fileProblem) next.file = fileProblem;
    if (!alt.trim()) next.alt = 'Vui lòng mô tả ảnh cho người không xem được ảnh.';
    setErrors(next);
    if (next.file || next.alt || !file) return;
    setPending(true);
    const form = new FormData();
    form.set('file', file);
    form.set('alt', alt.trim());
    try {
      const result = await uploadImageAction(form);
      if (!result.ok) {
        setErrors({ file: result.fieldErrors?.file ?? result.message });
        return;
      }
      editor.chain().focus().setImage({ src: result.image.src, alt: alt.trim(), width: result.image.width, height: result.image.height }).run();
      onClose();
    } catch {
      setErrors({ file: 'Không kết nối được máy chủ. Vui lòng thử lại.' });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="grid gap-2 border-t border-gray-300 p-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor={`${id}-file`} className="form-label text-sm">
          Tệp ảnh
        </label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-file-hint${errors.file ? ` ${id}-file-error` : ''}`}
          aria-invalid={errors.file ? true : undefined}
          className="mt-1 block w-full text-sm"
        />
        <p id={`${id}-file-hint`} className="form-hint">
          {MAX_IMAGE_BYTES_TEXT}
        </p>
        {errors.file ? (
          <p id={`${id}-file-error`} className="field-error">
            {errors.file}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-alt`} className="form-label text-sm">
          Mô tả ảnh
        </label>
        <input
          id={`${id}-alt`}
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
          aria-invalid={errors.alt ? true : undefined}
          aria-describedby={errors.alt ? `${id}-alt-error` : undefined}
          className="form-input mt-1"
        />
        {errors.alt ? (
          <p id={`${id}-alt-error`} className="field-error">
            {errors.alt}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2">
        <button type="button" className="btn btn-primary btn-small" disabled={pending} onClick={insert}>
          {pending ? 'Đang tải ảnh…' : 'Chèn ảnh vào bài'}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={onClose}>
          Hủy
        </button>
      </div>
    </div>
  );
}
