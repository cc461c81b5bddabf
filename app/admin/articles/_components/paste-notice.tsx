'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { pasteReportKey, type PasteReport } from './clean-paste';

/** Says when pasted images arrived as empty photo blocks, so none is lost without a word. */
export function PasteNotice({ editor }: { editor: Editor }) {
  const [images, setImages] = useState(0);
  useEffect(() => {
    const onTransaction = ({ transaction }: { transaction: { getMeta: (key: typeof pasteReportKey) => unknown } }) => {
      const report = transaction.getMeta(pasteReportKey) as PasteReport | undefined;
      if (report) setImages(report.images);
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  if (images === 0) return null;
  return (
    <p role="status" className="editor-paste-notice">
      Đã dán {images} ảnh thành khối ảnh trống: ảnh trong bộ nhớ tạm không mang theo tệp. Bấm “Chọn ảnh” ở
      từng khối để tải ảnh lên hoặc chọn từ thư viện; bài chưa thể đăng khi còn khối ảnh trống.{' '}
      <button type="button" onClick={() => setImages(0)}>
        Đã hiểu
      </button>
    </p>
  );
}
