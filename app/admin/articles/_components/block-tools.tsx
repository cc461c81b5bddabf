'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { EMBED_URL_MESSAGE, parseEmbedUrl } from '@/lib/article-body/embeds';

// Keeps the editor's selection: the buttons act where the cursor is (mousedown is cancelled).
function Tool({ label, onClick, pressed }: { label: string; onClick: () => void; pressed?: boolean }) {
  return (
    <button type="button" aria-pressed={pressed} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {label}
    </button>
  );
}

/** The embed's URL, asked before the block goes in: only the platforms readers' pages may frame. */
export function EmbedForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [url, setUrl] = useState('');
  const [embedError, setEmbedError] = useState('');

  function insertEmbed() {
    const parsed = parseEmbedUrl(url);
    if (!parsed) {
      setEmbedError(EMBED_URL_MESSAGE);
      return;
    }
    editor.chain().focus().insertContent({ type: 'embed', attrs: { provider: parsed.provider, url: parsed.url, title: '' } }).run();
    onDone();
  }

  return (
    <span className="editor-link-form">
      <label>
        Địa chỉ YouTube, Facebook, TikTok, X hoặc Google Maps
        <input
          type="url"
          value={url}
          // Opened from the toolbar or the inserter, the writer types the address next.
          autoFocus
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onDone();
              editor.commands.focus();
            }
            if (e.key !== 'Enter') return;
            e.preventDefault();
            insertEmbed();
          }}
        />
      </label>
      <button type="button" onClick={insertEmbed}>
        Chèn khối nhúng
      </button>
      {embedError && <span role="alert">{embedError}</span>}
    </span>
  );
}

/** While the cursor is in a table, the table's own tools: caption, header row, rows and columns. */
export function TableTools({ editor }: { editor: Editor }) {
  const table = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e.isActive('table')
        ? { caption: String(e.getAttributes('table').caption ?? ''), header: e.isActive('tableHeader') || firstRowIsHeader(e) }
        : null,
  });
  if (!table) return null;
  const chain = () => editor.chain().focus();
  return (
    <span role="group" aria-label="Bảng" className="editor-table-tools">
      <label>
        Chú thích bảng
        <input
          value={table.caption}
          onChange={(e) => editor.chain().updateAttributes('table', { caption: e.target.value }).run()}
        />
      </label>
      <Tool label="Hàng tiêu đề" pressed={table.header} onClick={() => chain().toggleHeaderRow().run()} />
      <Tool label="Thêm hàng" onClick={() => chain().addRowAfter().run()} />
      <Tool label="Thêm cột" onClick={() => chain().addColumnAfter().run()} />
      <Tool label="Xóa hàng" onClick={() => chain().deleteRow().run()} />
      <Tool label="Xóa cột" onClick={() => chain().deleteColumn().run()} />
      <Tool label="Xóa bảng" onClick={() => chain().deleteTable().run()} />
    </span>
  );
}

/** Whether the table around the cursor starts with a row of header cells. */
function firstRowIsHeader(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'table') return node.firstChild?.firstChild?.type.name === 'tableHeader';
  }
  return false;
}
