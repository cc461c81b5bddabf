'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { shortcut, Tool } from './editor-tool';

/** Hoàn tác / Làm lại for the body (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y do the same). */
export function HistoryTools({ editor }: { editor: Editor }) {
  const can = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ undo: e.can().undo(), redo: e.can().redo() }),
  });
  return (
    <div role="group" aria-label="Lịch sử sửa" className="editor-tool-group">
      <Tool
        label="Hoàn tác"
        icon="undo"
        shortcut={shortcut('Ctrl+Z')}
        unavailable={!can.undo}
        onClick={() => editor.chain().focus().undo().run()}
      />
      <Tool
        label="Làm lại"
        icon="redo"
        shortcut={shortcut('Ctrl+Shift+Z', 'Ctrl+Y')}
        unavailable={!can.redo}
        onClick={() => editor.chain().focus().redo().run()}
      />
    </div>
  );
}
