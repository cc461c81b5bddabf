'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { articleExtensions } from './editor-extensions';
import { EditorToolbar } from './editor-toolbar';
import { BlockInserter, SlashOpensInserter } from './block-inserter';
import { BodyStats } from './body-stats';
import { PasteNotice } from './paste-notice';

type Props = {
  initial: unknown;
  editable: boolean;
  onChange: (doc: unknown) => void;
  onReady: (editor: Editor) => void;
};

/** The rich-text body: Tiptap restricted to the article schema, with its toolbar and "+" inserter. */
export function BodyEditor({ initial, editable, onChange, onReady }: Props) {
  const [inserterOpen, setInserterOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const editor = useEditor({
    // "/" opens the menu within its own keydown, so the keys typed next already go to the menu.
    extensions: [...articleExtensions, SlashOpensInserter.configure({ open: () => flushSync(() => setInserterOpen(true)) })],
    content: initial as object,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        'aria-label': 'Nội dung bài',
        role: 'textbox',
        'aria-multiline': 'true',
        class: 'editor-body article-body',
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
      {editor && editable && (
        <EditorToolbar editor={editor} embedOpen={embedOpen} onEmbedOpenChange={setEmbedOpen} />
      )}
      {editor && editable && <PasteNotice editor={editor} />}
      <EditorContent editor={editor} />
      {editor && editable && (
        <BlockInserter
          editor={editor}
          open={inserterOpen}
          onOpenChange={setInserterOpen}
          onEmbed={() => setEmbedOpen(true)}
        />
      )}
      {editor && <BodyStats editor={editor} />}
    </div>
  );
}
