'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { EMBED_URL_MESSAGE, parseEmbedUrl } from '@/lib/article-body/embeds';

const emptyFigure = { type: 'figure', attrs: { mediaId: null, caption: '', credit: '' } };
const emptyParagraph = { type: 'paragraph' };

// Keeps the editor's selection: the buttons act where the cursor is (mousedown is cancelled).
function Tool({ label, onClick, pressed }: { label: string; onClick: () => void; pressed?: boolean }) {
  return (
    <button type="button" aria-pressed={pressed} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {label}
    </button>
  );
}

/**
 * The toolbar's block inserters (table, gallery, embed, pull quote, info box) and, while the
 * cursor is in a table, the table's own tools: caption, header row, rows and columns.
 */
export function BlockTools({ editor }: { editor: Editor }) {
  const table = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e.isActive('table')
        ? { caption: String(e.getAttributes('table').caption ?? ''), header: e.isActive('tableHeader') || firstRowIsHeader(e) }
        : null,
  });
  const [embedOpen, setEmbedOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [embedError, setEmbedError] = useState('');
  const chain = () => editor.chain().focus();

  function insertEmbed() {
    const parsed = parseEmbedUrl(url);
    if (!parsed) {
      setEmbedError(EMBED_URL_MESSAGE);
      return;
    }
    chain().insertContent({ type: 'embed', attrs: { provider: parsed.provider, url: parsed.url, title: '' } }).run();
    setEmbedOpen(false);
    setUrl('');
    setEmbedError('');
  }

  return (
    <>
      <Tool label="Chèn bảng" onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} />
      <Tool label="Chèn bộ ảnh" onClick={() => chain().insertContent({ type: 'gallery', content: [emptyFigure, emptyFigure] }).run()} />
      <Tool label="Nhúng" pressed={embedOpen} onClick={() => setEmbedOpen((open) => !open)} />
      <Tool
        label="Trích dẫn nổi bật"
        onClick={() => chain().insertContent({ type: 'pullQuote', attrs: { attribution: '' }, content: [emptyParagraph] }).run()}
      />
      <Tool
        label="Hộp thông tin"
        onClick={() => chain().insertContent({ type: 'infoBox', attrs: { title: '' }, content: [emptyParagraph] }).run()}
      />
      {embedOpen && (
        <span className="editor-link-form">
          <label>
            Địa chỉ YouTube, Facebook, TikTok, X hoặc Google Maps
            <input
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              onKeyDown={(e) => {
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
      )}
      {table && (
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
      )}
    </>
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
