'use client';

import { useEffect } from 'react';
import { usePresence } from './use-presence';

type Props = { articleId: number | null; onTakenOver: (takenOver: boolean) => void };

/**
 * "Đang được … chỉnh sửa" while someone else has the article open, with an explicit take-over;
 * the editor it was taken from is told, and stops autosaving (the article's version check still
 * refuses any save over a newer version).
 */
export function PresenceBar({ articleId, onTakenOver }: Props) {
  const { others, takenOverBy, takeOver } = usePresence(articleId);
  const takenOver = takenOverBy !== null;
  useEffect(() => onTakenOver(takenOver), [takenOver, onTakenOver]);
  if (takenOver) {
    return (
      <div role="alert" className="editor-presence editor-presence-taken">
        <p>
          <strong>{takenOverBy.name}</strong> đã tiếp quản bài này. Trang này ngừng tự lưu; những gì bạn
          chưa lưu vẫn còn trên màn hình.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Tải bản mới nhất
        </button>{' '}
        <button
          type="button"
          onClick={() => void takeOver()}
        >
          Tiếp quản lại
        </button>
      </div>
    );
  }
  if (others.length === 0) return null;
  return (
    <div role="status" className="editor-presence">
      <p>
        Đang được <strong>{others.map((o) => o.name).join(', ')}</strong> chỉnh sửa. Hai người cùng sửa thì
        người lưu sau sẽ gặp màn hình xung đột.
      </p>
      <button type="button" onClick={() => void takeOver()}>
        Tiếp quản
      </button>
    </div>
  );
}
