'use client';

import { mergeAttributes, Node } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { EMBED_KIND_NAMES, EMBED_PROVIDER_NAMES, parseEmbedUrl } from '@/lib/article-body/embeds';
import './block-nodes.css';

// The body blocks beyond text and single photos, as lib/article-body/schema.ts defines them:
// tables (the official extension, cells holding paragraphs only, a caption attribute), galleries
// of figure blocks, embeds, pull quotes and info boxes. Their text is edited in place; their
// attributes (caption, title, attribution) in fields beside it.

const textAttr = (name: string, parse: (el: HTMLElement) => string | null | undefined) => ({
  [name]: { default: '', rendered: false, parseHTML: (el: HTMLElement) => parse(el)?.trim() ?? '' },
});

const BodyTable = Table.extend({
  addAttributes() {
    return { ...this.parent?.(), ...textAttr('caption', (el) => el.querySelector('caption')?.textContent) };
  },
}).configure({ resizable: false });
const BodyTableCell = TableCell.extend({ content: 'paragraph+' });
const BodyTableHeader = TableHeader.extend({ content: 'paragraph+' });

function GalleryView({ node, getPos, editor }: ReactNodeViewProps) {
  const addPhoto = () => {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    editor
      .chain()
      .insertContentAt(pos + node.nodeSize - 1, { type: 'figure', attrs: { mediaId: null, caption: '', credit: '' } })
      .run();
  };
  return (
    <NodeViewWrapper as="section" className="editor-gallery" aria-label={`Bộ ảnh (${node.childCount} ảnh)`}>
      <p className="editor-block-label" contentEditable={false}>
        Bộ ảnh · {node.childCount} ảnh
      </p>
      <NodeViewContent className="editor-gallery-photos" />
      {editor.isEditable && (
        <button type="button" contentEditable={false} onClick={addPhoto}>
          Thêm ảnh vào bộ ảnh
        </button>
      )}
    </NodeViewWrapper>
  );
}

export const GalleryNode = Node.create({
  name: 'gallery',
  group: 'block',
  content: 'figure+',
  isolating: true,
  draggable: true,
  parseHTML: () => [{ tag: 'section[data-gallery]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', mergeAttributes(HTMLAttributes, { 'data-gallery': '' }), 0],
  addNodeView: () => ReactNodeViewRenderer(GalleryView),
});

function EmbedView({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const { url, title } = node.attrs as { url: string; title: string };
  const parsed = parseEmbedUrl(url);
  const platform = parsed ? EMBED_PROVIDER_NAMES[parsed.provider] : 'Nhúng';
  return (
    <NodeViewWrapper as="figure" className="editor-embed" data-provider={parsed?.provider} aria-label="Khối nhúng">
      <p className="editor-block-label" contentEditable={false}>
        {parsed ? `${platform} · ${EMBED_KIND_NAMES[parsed.kind]}` : 'Địa chỉ nhúng không hợp lệ'}
        {' · '}
        <a href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      </p>
      <label contentEditable={false}>
        Tiêu đề hiển thị cho người đọc
        <input value={title} readOnly={!editor.isEditable} onChange={(e) => updateAttributes({ title: e.target.value })} />
      </label>
      {editor.isEditable && (
        <button type="button" contentEditable={false} onClick={() => deleteNode()}>
          Xóa khối nhúng
        </button>
      )}
    </NodeViewWrapper>
  );
}

export const EmbedNode = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => ({
    ...textAttr('provider', (el) => el.getAttribute('data-provider')),
    ...textAttr('url', (el) => el.getAttribute('data-url')),
    ...textAttr('title', (el) => el.getAttribute('data-title')),
    // The poster the server stored at save time, kept as loaded; never taken from pasted HTML.
    // Undefined when there is none, so the block's JSON has no such key, as the server stores it.
    thumbnail: { default: undefined, rendered: false, parseHTML: () => undefined },
  }),
  parseHTML: () => [{ tag: 'figure[data-embed]' }],
  // Copying out of the editor gives the original URL, never a frame.
  renderHTML: ({ node, HTMLAttributes }) => [
    'figure',
    mergeAttributes(HTMLAttributes, {
      'data-embed': '',
      'data-provider': node.attrs.provider,
      'data-url': node.attrs.url,
      'data-title': node.attrs.title,
    }),
    String(node.attrs.url),
  ],
  addNodeView: () => ReactNodeViewRenderer(EmbedView),
  // A platform's URL pasted alone on an empty line becomes its embed, as in Ghost and WordPress;
  // pasted anywhere else it stays a link.
  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey('pasteEmbedUrl'),
        props: {
          handlePaste: (view, event) => {
            const { $from, empty } = view.state.selection;
            const parent = $from.parent;
            if (!empty || parent.type.name !== 'paragraph' || parent.content.size > 0 || $from.depth !== 1) return false;
            const parsed = parseEmbedUrl(event.clipboardData?.getData('text/plain') ?? '');
            if (!parsed) return false;
            const node = type.create({ provider: parsed.provider, url: parsed.url, title: '' });
            view.dispatch(view.state.tr.replaceRangeWith($from.before(), $from.after(), node).scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});

function PullQuoteView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper as="figure" className="editor-pull-quote" aria-label="Trích dẫn nổi bật">
      <p className="editor-block-label" contentEditable={false}>
        Trích dẫn nổi bật
      </p>
      <blockquote>
        <NodeViewContent />
      </blockquote>
      <label contentEditable={false}>
        Người được trích dẫn
        <input
          value={String(node.attrs.attribution)}
          readOnly={!editor.isEditable}
          onChange={(e) => updateAttributes({ attribution: e.target.value })}
        />
      </label>
    </NodeViewWrapper>
  );
}

export const PullQuoteNode = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  addAttributes: () => textAttr('attribution', (el) => el.querySelector('figcaption')?.textContent),
  parseHTML: () => [{ tag: 'figure[data-pull-quote]', contentElement: 'blockquote' }],
  renderHTML: ({ HTMLAttributes }) => ['figure', mergeAttributes(HTMLAttributes, { 'data-pull-quote': '' }), ['blockquote', 0]],
  addNodeView: () => ReactNodeViewRenderer(PullQuoteView),
});

function InfoBoxView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper as="aside" className="editor-info-box" aria-label="Hộp thông tin">
      <label contentEditable={false}>
        Tiêu đề hộp thông tin
        <input
          value={String(node.attrs.title)}
          readOnly={!editor.isEditable}
          onChange={(e) => updateAttributes({ title: e.target.value })}
        />
      </label>
      <NodeViewContent />
    </NodeViewWrapper>
  );
}

export const InfoBoxNode = Node.create({
  name: 'infoBox',
  group: 'block',
  content: '(paragraph | bulletList | orderedList)+',
  defining: true,
  addAttributes: () => textAttr('title', (el) => el.getAttribute('data-title')),
  parseHTML: () => [{ tag: 'aside[data-info-box]' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'aside',
    mergeAttributes(HTMLAttributes, { 'data-info-box': '', 'data-title': node.attrs.title }),
    0,
  ],
  addNodeView: () => ReactNodeViewRenderer(InfoBoxView),
});

export const blockExtensions = [
  BodyTable,
  TableRow,
  BodyTableHeader,
  BodyTableCell,
  GalleryNode,
  EmbedNode,
  PullQuoteNode,
  InfoBoxNode,
];
