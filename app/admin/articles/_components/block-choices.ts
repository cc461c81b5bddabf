import type { Editor } from '@tiptap/react';
import type { IconName } from './editor-icons';

// Every block a writer can start, in the order the "+" inserter lists them; the toolbar's
// "Chèn" group offers the same blocks that are not text styles. One list, so the two never differ.

const emptyFigure = { type: 'figure', attrs: { mediaId: null, caption: '', credit: '' } };
const emptyParagraph = { type: 'paragraph' };

export type BlockChoice = {
  key: string;
  /** The block's name in the inserter. */
  label: string;
  /** The toolbar button's name, for the blocks the toolbar inserts too. */
  toolbarLabel?: string;
  icon: IconName;
  /** Embeds ask for a URL first; the others go in at once. */
  asksForUrl?: true;
  insert?: (editor: Editor) => void;
};

const chain = (editor: Editor) => editor.chain().focus();

export const BLOCK_CHOICES: BlockChoice[] = [
  { key: 'paragraph', label: 'Đoạn văn', icon: 'paragraph', insert: (e) => chain(e).setParagraph().run() },
  { key: 'h2', label: 'Tiêu đề phụ', icon: 'h2', insert: (e) => chain(e).setHeading({ level: 2 }).run() },
  { key: 'h3', label: 'Tiêu đề nhỏ', icon: 'h3', insert: (e) => chain(e).setHeading({ level: 3 }).run() },
  {
    key: 'figure',
    label: 'Ảnh',
    toolbarLabel: 'Chèn ảnh',
    icon: 'photo',
    insert: (e) => chain(e).insertContent(emptyFigure).run(),
  },
  {
    key: 'gallery',
    label: 'Bộ ảnh',
    toolbarLabel: 'Chèn bộ ảnh',
    icon: 'gallery',
    insert: (e) => chain(e).insertContent({ type: 'gallery', content: [emptyFigure, emptyFigure] }).run(),
  },
  {
    key: 'table',
    label: 'Bảng',
    toolbarLabel: 'Chèn bảng',
    icon: 'table',
    insert: (e) => chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  { key: 'embed', label: 'Nhúng video, bài mạng xã hội, bản đồ', toolbarLabel: 'Nhúng', icon: 'embed', asksForUrl: true },
  { key: 'quote', label: 'Trích dẫn', icon: 'quote', insert: (e) => chain(e).toggleBlockquote().run() },
  {
    key: 'pullQuote',
    label: 'Trích dẫn nổi bật',
    toolbarLabel: 'Trích dẫn nổi bật',
    icon: 'pullQuote',
    insert: (e) => chain(e).insertContent({ type: 'pullQuote', attrs: { attribution: '' }, content: [emptyParagraph] }).run(),
  },
  {
    key: 'infoBox',
    label: 'Hộp thông tin',
    toolbarLabel: 'Hộp thông tin',
    icon: 'infoBox',
    insert: (e) => chain(e).insertContent({ type: 'infoBox', attrs: { title: '' }, content: [emptyParagraph] }).run(),
  },
  { key: 'bulletList', label: 'Danh sách', icon: 'bulletList', insert: (e) => chain(e).toggleBulletList().run() },
  { key: 'orderedList', label: 'Danh sách số', icon: 'orderedList', insert: (e) => chain(e).toggleOrderedList().run() },
];
