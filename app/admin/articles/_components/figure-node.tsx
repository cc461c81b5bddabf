'use client';

import { mergeAttributes, Node } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';

// The body's `figure` block: a photo from the library (mediaId) with its caption and credit.
// Picking a photo comes with the photo library; until then the id is kept as it is and a
// placeholder stands in for the image.

function FigureView({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const { mediaId, caption, credit } = node.attrs as {
    mediaId: number | null;
    caption: string;
    credit: string;
  };
  const editable = editor.isEditable;
  return (
    <NodeViewWrapper as="figure" className="editor-figure" data-media-id={mediaId ?? undefined}>
      <div className="editor-figure-placeholder" contentEditable={false}>
        {mediaId ? `Ảnh #${mediaId}` : 'Chưa chọn ảnh (chọn từ thư viện ảnh sẽ có sau)'}
      </div>
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
