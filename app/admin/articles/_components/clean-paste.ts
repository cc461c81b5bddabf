import { Extension } from '@tiptap/core';
import { Fragment, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from '@/lib/article-body/paste/clean-pasted-html';

/** What a paste brought that the writer must finish: photo blocks waiting for their upload. */
export type PasteReport = { images: number };
export const pasteReportKey = new PluginKey<PasteReport>('cleanPaste');

/**
 * Clipboard HTML goes through the article's own cleaner (lib/article-body/paste) instead of
 * ProseMirror's generic reading, which flattened Word's lists and tables and dropped images.
 * Below the link extension's priority, so a URL pasted over selected text still makes a link.
 */
export const CleanPaste = Extension.create({
  name: 'cleanPaste',
  priority: 900,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: pasteReportKey,
        props: {
          handlePaste: (view, event) => {
            const html = event.clipboardData?.getData('text/html');
            if (!html) return false;
            const pasted = cleanPastedHtml(html);
            if (pasted.blocks.length === 0) return true;
            const fragment = Fragment.fromJSON(view.state.schema, pasted.blocks);
            const tr = view.state.tr.replaceSelection(Slice.maxOpen(fragment)).scrollIntoView();
            tr.setMeta('paste', true).setMeta('uiEvent', 'paste');
            tr.setMeta(pasteReportKey, { images: pasted.images } satisfies PasteReport);
            view.dispatch(tr);
            return true;
          },
        },
      }),
    ];
  },
});
