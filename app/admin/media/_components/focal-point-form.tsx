'use client';

import { useActionState, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { MediaItem } from '@/lib/data/dto';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { focalObjectPosition, roundFocal, type FocalPoint } from '@/lib/media/focal';
import { FormMessage } from '../../_components/form-message';
import { setMediaFocalPointAction } from '../actions';

const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };
const PREVIEWS = [
  { label: '16:9', ratio: '16 / 9' },
  { label: '4:3', ratio: '4 / 3' },
  { label: '1:1', ratio: '1 / 1' },
] as const;
const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * The photo's focal point, set by clicking the photo or, with the photo focused, by the arrow keys
 * (Shift for bigger steps); the 16:9, 4:3 and 1:1 frames below preview what crops and cards keep.
 */
export function FocalPointForm({ media }: { media: MediaItem }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setMediaFocalPointAction, IDLE);
  const [focal, setFocal] = useState<FocalPoint | null>(media.focal);
  const shown = focal ?? CENTRE;

  const pick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setFocal({ x: roundFocal((event.clientX - box.left) / box.width), y: roundFocal((event.clientY - box.top) / box.height) });
  };
  const nudge = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setFocal({ x: roundFocal(shown.x + move[0]), y: roundFocal(shown.y + move[1]) });
  };
  const where = focal ? `${percent(focal.x)} từ trái, ${percent(focal.y)} từ trên` : 'chưa đặt (ảnh cắt theo vùng nổi bật)';

  return (
    <form action={action} className="admin-form focal-form">
      <input type="hidden" name="id" value={media.id} />
      <input type="hidden" name="x" value={focal?.x ?? ''} />
      <input type="hidden" name="y" value={focal?.y ?? ''} />
      <p id="focal-help">Bấm vào chủ thể chính của ảnh, hoặc chọn ảnh rồi dùng phím mũi tên (giữ Shift để đi nhanh).</p>
      <div
        className="focal-frame"
        role="slider"
        tabIndex={0}
        aria-label="Điểm lấy nét"
        aria-describedby="focal-help"
        aria-valuetext={where}
        aria-valuenow={Math.round(shown.x * 100)}
        aria-valuemin={0}
        aria-valuemax={100}
        onClick={pick}
        onKeyDown={nudge}
      >
        <img src={media.src} srcSet={media.srcSet} sizes="(min-width: 760px) 40rem, 100vw" width={media.width} height={media.height} alt={media.alt} draggable={false} />
        {focal ? <span className="focal-marker" style={{ left: percent(focal.x), top: percent(focal.y) }} aria-hidden="true" /> : null}
      </div>
      <p role="status">Điểm lấy nét: {where}</p>
      <ul className="focal-previews" aria-label="Xem trước các khung cắt">
        {PREVIEWS.map((preview) => (
          <li key={preview.label}>
            <img
              src={media.src}
              srcSet={media.srcSet}
              sizes="10rem"
              alt=""
              style={{ aspectRatio: preview.ratio, objectPosition: focalObjectPosition(focal) }}
            />
            <span>{preview.label}</span>
          </li>
        ))}
      </ul>
      <FormMessage state={state} />
      <div className="admin-inline-form">
        <button type="submit" disabled={pending}>
          Lưu điểm lấy nét
        </button>
        <button type="submit" name="clear" value="1" disabled={pending || focal === null} onClick={() => setFocal(null)}>
          Bỏ điểm lấy nét
        </button>
      </div>
    </form>
  );
}
