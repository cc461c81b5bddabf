'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { safeLink } from '@/lib/security/safe-link';
import { BLOCK_CHOICES } from './block-choices';
import { EmbedForm, TableTools } from './block-tools';
import { shortcut, Tool } from './editor-tool';
import { HistoryTools } from './history-tools';
import { RovingToolbar } from './roving-toolbar';

type Props = { editor: Editor; embedOpen: boolean; onEmbedOpenChange: (open: boolean) => void };

/** The body's toolbar: text styles, text blocks, blocks to insert and history, in labelled groups. */
export function EditorToolbar({ editor, embedOpen, onEmbedOpenChange }: Props) {
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
    <div className="editor-toolbar-bar">
      <RovingToolbar label="Định dạng" className="editor-toolbar">
        <div role="group" aria-label="Kiểu chữ" className="editor-tool-group">
          <Tool
            label="Đậm"
            icon="bold"
            shortcut={shortcut('Ctrl+B')}
            active={state.bold}
            onClick={() => chain().toggleBold().run()}
          />
          <Tool
            label="Nghiêng"
            icon="italic"
            shortcut={shortcut('Ctrl+I')}
            active={state.italic}
            onClick={() => chain().toggleItalic().run()}
          />
          <Tool
            label="Liên kết"
            icon="link"
            active={state.link}
            onClick={() => {
              setHref(String(editor.getAttributes('link').href ?? ''));
              setLinkOpen((open) => !open);
            }}
          />
          {state.link && (
            <Tool
              label="Bỏ liên kết"
              icon="unlink"
              onClick={() => chain().extendMarkRange('link').unsetLink().run()}
            />
          )}
        </div>
        <div role="group" aria-label="Khối chữ" className="editor-tool-group">
          {/* Their icons are letters, so their names begin with them: voice control users say what
              they see (WCAG 2.5.3, label in name). */}
          <Tool
            label="H2 Tiêu đề phụ"
            icon="h2"
            shortcut={shortcut('Ctrl+Alt+2')}
            active={state.h2}
            onClick={() => chain().toggleHeading({ level: 2 }).run()}
          />
          <Tool
            label="H3 Tiêu đề nhỏ"
            icon="h3"
            shortcut={shortcut('Ctrl+Alt+3')}
            active={state.h3}
            onClick={() => chain().toggleHeading({ level: 3 }).run()}
          />
          <Tool
            label="Danh sách"
            icon="bulletList"
            shortcut={shortcut('Ctrl+Shift+8')}
            active={state.bullet}
            onClick={() => chain().toggleBulletList().run()}
          />
          <Tool
            label="Danh sách số"
            icon="orderedList"
            shortcut={shortcut('Ctrl+Shift+7')}
            active={state.ordered}
            onClick={() => chain().toggleOrderedList().run()}
          />
          <Tool
            label="Trích dẫn"
            icon="quote"
            shortcut={shortcut('Ctrl+Shift+B')}
            active={state.quote}
            onClick={() => chain().toggleBlockquote().run()}
          />
        </div>
        <div role="group" aria-label="Chèn" className="editor-tool-group">
          {BLOCK_CHOICES.filter((block) => block.toolbarLabel).map((block) => (
            <Tool
              key={block.key}
              label={block.toolbarLabel!}
              icon={block.icon}
              active={block.asksForUrl ? embedOpen : undefined}
              onClick={() =>
                block.asksForUrl ? onEmbedOpenChange(!embedOpen) : block.insert?.(editor)
              }
            />
          ))}
        </div>
        <HistoryTools editor={editor} />
      </RovingToolbar>
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
      {embedOpen && <EmbedForm editor={editor} onDone={() => onEmbedOpenChange(false)} />}
      <TableTools editor={editor} />
    </div>
  );
}
