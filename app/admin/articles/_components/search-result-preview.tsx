'use client';

import { useSyncExternalStore } from 'react';
import { searchPreview } from '@/lib/seo/search-preview';
import type { EditorForm } from './editor-form';

const noSubscription = () => () => undefined;

/** A Google-style result built from the SEO fields (or the headline and lead they fall back to). */
export function SearchResultPreview({ form }: { form: EditorForm }) {
  const host = useSyncExternalStore(noSubscription, () => window.location.host, () => '');
  const preview = searchPreview(form);
  return (
    <figure className="search-preview" aria-labelledby="xem-truoc-tim-kiem">
      <figcaption id="xem-truoc-tim-kiem">Xem trước trên kết quả tìm kiếm</figcaption>
      <div className="search-preview-result">
        <span className="search-preview-url">
          {host} › {form.slug || '…'}
        </span>
        <span className="search-preview-title">{preview.title || 'Chưa có tiêu đề'}</span>
        <span className="search-preview-description">{preview.description || 'Chưa có mô tả: Google sẽ tự lấy một đoạn trong bài.'}</span>
      </div>
      {(preview.titleCut || preview.descriptionCut) && (
        <p className="editor-hint">
          {preview.titleCut ? 'Tiêu đề bị cắt: nên dưới 60 ký tự. ' : ''}
          {preview.descriptionCut ? 'Mô tả bị cắt: nên dưới 160 ký tự.' : ''}
        </p>
      )}
    </figure>
  );
}
