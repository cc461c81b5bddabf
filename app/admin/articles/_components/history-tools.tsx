'use client';

import { useEditorState, type Editor } from '@tiptap/react';

const COMMANDS = [
  { command: 'undo', label: '↶ Hoàn tác', title: 'Hoàn tác (Ctrl+Z)', keys: 'Control+Z' },
  { command: 'redo', label: '↷ Làm lại', title: 'Làm lại (Ctrl+Shift+Z)', keys: 'Control+Shift+Z Control+Y' },
] as const;

/** Hoàn tác / Làm lại for the body (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y do the same). */
export function HistoryTools({ editor }: { editor: Editor }) {
  const can = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ undo: e.can().undo(), redo: e.can().redo() }),
  });
  return (
    <div role="group" aria-label="Lịch sử sửa" className="editor-history">
      {COMMANDS.map(({ command, label, title, keys }) => (
        <button
          key={command}
          type="button"
          title={title}
          aria-keyshortcuts={keys}
          disabled={!can[command]}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.chain().focus()[command]().run()}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
