'use client';

import { mergeAttributes, Node } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { MediaItem } from '@/lib/data/dto';
import { PhotoChoice } from './photo-choice';
import { useMediaPreview } from './use-media-preview';

// The body's `figure` block: a photo from the library (mediaId) with its caption and credit.
// An empty caption or credit shows the library's, as it is when the page is rendered, so a credit
// corrected in the library reaches every article; words typed here are this article's own.

function FigureView({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const { mediaId, caption, credit } = node.attrs as {
    mediaId: number | null;
    caption: string;
    credit: string;
  };
  const editable = editor.isEditable;
  const { item: library, remember } = useMediaPreview(mediaId);
  const choose = (media: MediaItem) => {
    remember(media);
    updateAttributes({ mediaId: media.id });
  };
  const fromLibrary = (words: string | undefined) => (words ? `Theo thư viện ảnh: ${words}` : undefined);
  return (
    <NodeViewWrapper as="figure" className="editor-figure" data-media-id={mediaId ?? undefined}>
      <PhotoChoice
        label="Chọn ảnh cho khối ảnh"
        mediaId={mediaId}
        sizes="(min-width: 48rem) 42rem, 100vw"
        disabled={!editable}
        onChoose={choose}
        onClear={() => updateAttributes({ mediaId: null })}
      />
      <label contentEditable={false}>
        Chú thích ảnh
        <input
          value={caption}
          readOnly={!editable}
          placeholder={fromLibrary(library?.caption)}
          onChange={(e) => updateAttributes({ caption: e.target.value })}
        />
      </label>
      <label contentEditable={false}>
        Nguồn ảnh
        <input
          value={credit}
          readOnly={!editable}
          placeholder={fromLibrary(library?.credit)}
          onChange={(e) => updateAttributes({ credit: e.target.value })}
        />
      </label>
      {mediaId !== null && editable && (
        <p className="editor-figure-hint" contentEditable={false}>
          Để trống để dùng chú thích và nguồn của thư viện ảnh (sửa trong thư viện sẽ cập nhật cả bài này).
        </p>
      )}
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
