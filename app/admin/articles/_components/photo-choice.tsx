'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { MediaItem } from '@/lib/data/dto';
import { useMediaPreview } from './use-media-preview';
import './photo-choice.css';

type Props = {
  label: string;
  mediaId: number | null;
  disabled?: boolean;
  onChoose: (media: MediaItem) => void;
  onClear: () => void;
  /** The img sizes attribute: a thumbnail unless the slot shows the photo as readers see it. */
  sizes?: string;
};

// The library and its upload form load when "Chọn ảnh" is pressed, not with every page that has a photo slot.
const MediaPicker = dynamic(() => import('@/app/admin/media/_components/media-picker').then((module) => module.MediaPicker), {
  ssr: false,
  loading: () => <p role="status">Đang mở thư viện ảnh…</p>,
});

/** A photo slot (figure or cover): thumbnail, "Chọn ảnh" opening the library, "Bỏ ảnh". */
export function PhotoChoice({ label, mediaId, disabled = false, onChoose, onClear, sizes = '240px' }: Props) {
  const [open, setOpen] = useState(false);
  const { item, remember } = useMediaPreview(mediaId);
  const choose = (media: MediaItem) => {
    remember(media);
    onChoose(media);
    setOpen(false);
  };
  return (
    <div className="photo-choice" contentEditable={false}>
      {mediaId === null ? (
        <p className="editor-figure-placeholder">Chưa chọn ảnh</p>
      ) : item ? (
        // Its height too, so the box has the photo's shape before the file arrives: nothing below it
        // moves under the writer's next click.
        <img src={item.src} srcSet={item.srcSet} sizes={sizes} width={240} height={Math.round((240 * item.height) / item.width)} alt={item.alt || `Ảnh #${item.id}`} />
      ) : (
        <p className="editor-figure-placeholder">Ảnh #{mediaId}</p>
      )}
      {!disabled && (
        <span>
          <button type="button" onClick={() => setOpen(true)}>
            Chọn ảnh
          </button>
          {mediaId !== null && (
            <button type="button" onClick={onClear}>
              Bỏ ảnh
            </button>
          )}
        </span>
      )}
      {/* Outside the editor's DOM, so ProseMirror does not take the picker's keys and clicks. */}
      {open &&
        createPortal(
          <dialog
            ref={(el) => {
              if (el && !el.open) el.showModal();
            }}
            onClose={() => setOpen(false)}
            aria-label={label}
            className="photo-choice-dialog"
          >
            <MediaPicker onSelect={choose} selectedId={mediaId} />
            <button type="button" onClick={() => setOpen(false)}>
              Đóng
            </button>
          </dialog>,
          document.body,
        )}
    </div>
  );
}
