'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { articleExtensions } from './editor-extensions';
import { EditorToolbar } from './editor-toolbar';
import { BodyStats } from './body-stats';
import { HistoryTools } from './history-tools';
import { PasteNotice } from './paste-notice';

type Props = {
  initial: unknown;
  editable: boolean;
  onChange: (doc: unknown) => void;
  onReady: (editor: Editor) => void;
};

/** The rich-text body: Tiptap restricted to the article schema, with its toolbar. */
export function BodyEditor({ initial, editable, onChange, onReady }: Props) {
  const editor = useEditor({
    extensions: articleExtensions,
    content: initial as object,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        'aria-label': 'Nội dung bài',
        role: 'textbox',
        'aria-multiline': 'true',
        class: 'editor-body',
      },
    },
    // ProseMirror builds attrs with a null prototype, which a Server Action call cannot carry
    // (figure and heading attrs arrived empty); a JSON round trip makes them plain objects.
    onUpdate: ({ editor: e }) => onChange(JSON.parse(JSON.stringify(e.getJSON()))),
  });
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);
  return (
    <div className="editor-body-field">
      {editor && editable && <EditorToolbar editor={editor} />}
      {editor && editable && <HistoryTools editor={editor} />}
      {editor && editable && <PasteNotice editor={editor} />}
      <EditorContent editor={editor} />
      {editor && <BodyStats editor={editor} />}
    </div>
  );
}
