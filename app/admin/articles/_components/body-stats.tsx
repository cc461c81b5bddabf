'use client';

import { useEditorState, type Editor } from '@tiptap/react';

const number = new Intl.NumberFormat('vi-VN');

/** The body's length as it is typed: words and characters (spaces included, as newsrooms count). */
export function BodyStats({ editor }: { editor: Editor }) {
  const { words, characters } = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const text = e.state.doc.textBetween(0, e.state.doc.content.size, ' ', ' ');
      return { words: text.split(/\s+/).filter(Boolean).length, characters: text.trim().length };
    },
  });
  return (
    <p className="editor-body-stats" data-testid="so-tu">
      {number.format(words)} từ · {number.format(characters)} ký tự
    </p>
  );
}
