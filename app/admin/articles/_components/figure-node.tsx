'use client';

import { mergeAttributes, Node } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { MediaItem } from '@/lib/data/dto';
import { PhotoChoice } from './photo-choice';

// The body's `figure` block: a photo from the library (mediaId) with its caption and credit.
// The photo is chosen from the library; its own caption and credit fill the figure's only
// where the editor has not written one.

function FigureView({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const { mediaId, caption, credit } = node.attrs as {
    mediaId: number | null;
    caption: string;
    credit: string;
  };
  const editable = editor.isEditable;
  const choose = (media: MediaItem) =>
    updateAttributes({
      mediaId: media.id,
      caption: caption.trim() ? caption : media.caption,
      credit: credit.trim() ? credit : media.credit,
    });
  return (
    <NodeViewWrapper as="figure" className="editor-figure" data-media-id={mediaId ?? undefined}>
      <PhotoChoice
        label="Chọn ảnh cho khối ảnh"
        mediaId={mediaId}
        disabled={!editable}
        onChoose={choose}
        onClear={() => updateAttributes({ mediaId: null })}
      />
      <label contentEditable={false}>
        Chú thích ảnh
        <input
          value={caption}
          readOnly={!editable}
          onChange={(e) => updateAttributes({ caption: e.target.value })}
        />
      </label>
      <label contentEditable={false}>
        Nguồn ảnh
        <input
          value={credit}
          readOnly={!editable}
          onChange={(e) => updateAttributes({ credit: e.target.value })}
        />
      </label>
      {editable && (
        <button type="button" contentEditable={false} onClick={() => deleteNode()}>
          Xóa ảnh
        </button>
      )}
    </NodeViewWrapper>
  );
}

export const FigureNode = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: {
        default: null,
        rendered: false,
        parseHTML: (el) => {
          const id = Number(el.getAttribute('data-media-id'));
          return Number.isSafeInteger(id) && id > 0 ? id : null;
        },
      },
      caption: {
        default: '',
        rendered: false,
        parseHTML: (el) => el.querySelector('figcaption')?.textContent?.trim() ?? '',
      },
      credit: {
        default: '',
        rendered: false,
        parseHTML: (el) => el.getAttribute('data-credit') ?? '',
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    // Copying out of the editor yields only these attributes and the caption text; never an image URL.
    const attrs = { 'data-media-id': node.attrs.mediaId ?? '', 'data-credit': node.attrs.credit };
    return [
      'figure',
      mergeAttributes(HTMLAttributes, attrs),
      ['figcaption', {}, String(node.attrs.caption ?? '')],
    ];
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});
