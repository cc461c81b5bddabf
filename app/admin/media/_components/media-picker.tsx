'use client';

import { useEffect, useId, useState } from 'react';
import type { MediaItem } from '@/lib/data/dto';
import { UploadForm } from './upload-form';
import './media.css';

type Props = {
  /** Called with the chosen (or freshly uploaded) photo. */
  onSelect: (media: MediaItem) => void;
  /** The photo currently chosen, shown as pressed. */
  selectedId?: number | null;
  /** Offer an upload form inside the picker (default true). */
  allowUpload?: boolean;
};

type Page = { items: MediaItem[]; total: number; page: number; pageSize: number };

/** Searchable photo chooser for the article editor, backed by GET /api/media. */
export function MediaPicker({ onSelect, selectedId = null, allowUpload = true }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [pageNumber, setPageNumber] = useState(1);
  const [data, setData] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const params = new URLSearchParams({ q: submitted, trang: String(pageNumber) });
    fetch(`/api/media?${params}`, { signal: controller.signal })
      .then(async (response) => {
        const payload = (await response.json()) as Page & { error?: string };
        if (!response.ok) throw new Error(payload.error ?? 'Không tải được thư viện ảnh.');
        setData(payload);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (!controller.signal.aborted) setError(reason instanceof Error ? reason.message : 'Không tải được thư viện ảnh.');
      });
    return () => controller.abort();
  }, [submitted, pageNumber]);

  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className="media-picker">
      <div role="search" className="media-filters">
        <div className="admin-field">
          <label htmlFor={`${id}-q`}>Tìm ảnh trong thư viện</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            maxLength={200}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              setPageNumber(1);
              setSubmitted(query);
            }}
          />
        </div>
        <button type="button" onClick={() => (setPageNumber(1), setSubmitted(query))}>
          Tìm ảnh
        </button>
      </div>
      {error ? <p role="alert" className="admin-message admin-message-error">{error}</p> : null}
      {data && data.items.length === 0 ? <p>Không có ảnh nào phù hợp.</p> : null}
      <ul className="media-picker-grid" aria-label="Ảnh để chọn" aria-busy={data === null}>
        {data?.items.map((media) => (
          <li key={media.id}>
            <button
              type="button"
              className="media-picker-option"
              aria-pressed={media.id === selectedId}
              onClick={() => onSelect(media)}
            >
              <img src={media.src} srcSet={media.srcSet} sizes="8rem" width={media.width} height={media.height} alt="" loading="lazy" />
              <span>Chọn ảnh: {media.caption || media.alt || `#${media.id}`}</span>
            </button>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <div className="admin-inline-form">
          <button type="button" disabled={pageNumber <= 1} onClick={() => setPageNumber((n) => n - 1)}>
            Trang trước
          </button>
          <span>
            Trang {pageNumber}/{pages}
          </span>
          <button type="button" disabled={pageNumber >= pages} onClick={() => setPageNumber((n) => n + 1)}>
            Trang sau
          </button>
        </div>
      ) : null}
      {allowUpload ? (
        <details>
          <summary>Tải ảnh mới lên</summary>
          <UploadForm onUploaded={onSelect} embedded />
        </details>
      ) : null}
    </div>
  );
}
