import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';

/** Whether the cursor is alone on an empty top-level paragraph, where a new block may start. */
function onEmptyLine(editor: Editor): boolean {
  const { $from, empty } = editor.state.selection;
  return empty && $from.depth === 1 && $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0;
}

/** "/" on an empty line opens the inserter instead of typing a slash (anywhere else it is a slash). */
export const SlashOpensInserter = Extension.create<{ open: () => void }>({
  name: 'slashOpensInserter',
  addOptions: () => ({ open: () => {} }),
  addKeyboardShortcuts() {
    return {
      '/': ({ editor }) => {
        if (!onEmptyLine(editor)) return false;
        this.options.open();
        return true;
      },
    };
  },
});
