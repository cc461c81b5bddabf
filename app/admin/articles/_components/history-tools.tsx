'use client';

import { useEditorState, type Editor } from '@tiptap/react';

/** Hoàn tác / Làm lại for the body (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y do the same). */
export function HistoryTools({ editor }: { editor: Editor }) {
  const can = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ undo: e.can().undo(), redo: e.can().redo() }),
  });
  return (
    <div role="group" aria-label="Lịch sử sửa" className="editor-history">
      <button
        type="button"
        title="Hoàn tác (Ctrl+Z)"
        aria-keyshortcuts="Control+Z"
        disabled={!can.undo}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.chain().focus().undo().run()}
      >
        ↶ Hoàn tác
      </button>
      <button
        type="button"
        title="Làm lại (Ctrl+Shift+Z)"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        disabled={!can.redo}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.chain().focus().redo().run()}
      >
        ↷ Làm lại
      </button>
    </div>
  );
}
