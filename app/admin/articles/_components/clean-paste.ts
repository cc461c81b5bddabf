import { Extension } from '@tiptap/core';
import { Fragment, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { PastedContent } from '@/lib/article-body/paste/clean-pasted-html';

/** What a paste brought that the writer must finish: photo blocks waiting for their upload. */
export type PasteReport = { images: number };
export const pasteReportKey = new PluginKey<PasteReport>('cleanPaste');

// The cleaner (htmlparser2 and the body schema) is most of a paste's weight and no use before the
// writer is in the text: it loads on the editor's first focus, not with the page.
type Cleaner = (html: string) => PastedContent;
let cleaner: Promise<Cleaner> | null = null;
const loadCleaner = () =>
  (cleaner ??= import('@/lib/article-body/paste/clean-pasted-html').then((module) => module.cleanPastedHtml));

function insertPasted(view: EditorView, pasted: PastedContent) {
  if (view.isDestroyed || pasted.blocks.length === 0) return;
  const fragment = Fragment.fromJSON(view.state.schema, pasted.blocks);
  const tr = view.state.tr.replaceSelection(Slice.maxOpen(fragment)).scrollIntoView();
  tr.setMeta('paste', true).setMeta('uiEvent', 'paste');
  tr.setMeta(pasteReportKey, { images: pasted.images } satisfies PasteReport);
  view.dispatch(tr);
}

/**
 * Clipboard HTML goes through the article's own cleaner (lib/article-body/paste) instead of
 * ProseMirror's generic reading, which flattened Word's lists and tables and dropped images.
 * Below the link extension's priority, so a URL pasted over selected text still makes a link.
 */
export const CleanPaste = Extension.create({
  name: 'cleanPaste',
  priority: 900,
  onFocus() {
    void loadCleaner();
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: pasteReportKey,
        props: {
          handlePaste: (view, event) => {
            const html = event.clipboardData?.getData('text/html');
            if (!html) return false;
            // Loaded since the focus in practice; a paste that beats it lands a moment later.
            const text = event.clipboardData?.getData('text/plain') ?? '';
            loadCleaner().then(
              (clean) => insertPasted(view, clean(html)),
              // The cleaner could not be fetched (offline): the words at least, as plain text.
              () => !view.isDestroyed && view.dispatch(view.state.tr.insertText(text)),
            );
            return true;
          },
        },
      }),
    ];
  },
});
