'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { safeLink } from '@/lib/security/safe-link';
import { BlockTools } from './block-tools';

// Buttons keep the editor focused (mousedown is cancelled), so the selection they act on is kept.
function Tool({
  label,
  active,
  onClick,
}: {
  label: string;
  active?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

export function EditorToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const [linkError, setLinkError] = useState('');
  const chain = () => editor.chain().focus();

  function applyLink() {
    const value = href.trim();
    if (safeLink(value) === null) {
      setLinkError(
        'Liên kết không hợp lệ: chỉ dùng http(s), mailto, tel hoặc đường dẫn bắt đầu bằng một dấu /, không có khoảng trắng hay dấu \\.',
      );
      return;
    }
    chain().extendMarkRange('link').setLink({ href: value }).run();
    setLinkOpen(false);
    setLinkError('');
  }

  return (
    <div role="toolbar" aria-label="Định dạng" className="editor-toolbar">
      <Tool label="Đậm" active={state.bold} onClick={() => chain().toggleBold().run()} />
      <Tool label="Nghiêng" active={state.italic} onClick={() => chain().toggleItalic().run()} />
      <Tool
        label="Tiêu đề phụ"
        active={state.h2}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      />
      <Tool
        label="Tiêu đề nhỏ"
        active={state.h3}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
      />
      <Tool
        label="Danh sách"
        active={state.bullet}
        onClick={() => chain().toggleBulletList().run()}
      />
      <Tool
        label="Danh sách số"
        active={state.ordered}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <Tool
        label="Trích dẫn"
        active={state.quote}
        onClick={() => chain().toggleBlockquote().run()}
      />
      <Tool
        label="Liên kết"
        active={state.link}
        onClick={() => {
          setHref(String(editor.getAttributes('link').href ?? ''));
          setLinkOpen((open) => !open);
        }}
      />
      {state.link && (
        <Tool
          label="Bỏ liên kết"
          onClick={() => chain().extendMarkRange('link').unsetLink().run()}
        />
      )}
      <Tool
        label="Chèn ảnh"
        onClick={() =>
          chain()
            .insertContent({ type: 'figure', attrs: { mediaId: null, caption: '', credit: '' } })
            .run()
        }
      />
      <BlockTools editor={editor} />
      {linkOpen && (
        <span className="editor-link-form">
          <label>
            Địa chỉ liên kết
            <input
              type="url"
              value={href}
              onChange={(e) => setHref(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                applyLink();
              }}
            />
          </label>
          <button type="button" onClick={applyLink}>
            Áp dụng
          </button>
          {linkError && <span role="alert">{linkError}</span>}
        </span>
      )}
    </div>
  );
}
