'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { articleExtensions } from './editor-extensions';
import { EditorToolbar } from './editor-toolbar';
import { SlashOpensInserter } from './slash-opens-inserter';
import { BodyStats } from './body-stats';
import { PasteNotice } from './paste-notice';

// The "+" inserter (Tiptap's floating menu and Floating UI) only serves a writer in the text: it
// loads on the body's first focus, not with the page; a "/" typed before it arrives opens it then.
const BlockInserter = dynamic(() => import('./block-inserter').then((module) => module.BlockInserter), { ssr: false });

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
  const [inText, setInText] = useState(false);
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
    onFocus: () => setInText(true),
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
      {editor && editable && inText && (
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
