'use client';

import { useState } from 'react';
import { formatScheduleTime } from '@/lib/vi/time';
import { addCorrectionAction } from '../_actions/add-correction';
import type { Correction } from '@/lib/data/articles/corrections';

type Props = { articleId: number; initial: Correction[] };

/** "Đính chính" for a published article: the notes so far and a box to add a dated one. */
export function CorrectionsPanel({ articleId, initial }: Props) {
  const [items, setItems] = useState(initial);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    const result = await addCorrectionAction({ id: articleId, note }).catch(() => null);
    setPending(false);
    if (!result) return setError('Không kết nối được máy chủ hoặc phiên đăng nhập đã hết hạn.');
    if (!result.ok) return setError(result.message);
    setError('');
    setNote('');
    setItems((list) => [...list, result.correction]);
  }

  return (
    <section aria-labelledby="dinh-chinh" className="editor-corrections">
      <h2 id="dinh-chinh">Đính chính</h2>
      {items.length > 0 && (
        <ul aria-label="Các đính chính">
          {items.map((c) => (
            <li key={c.id}>
              {formatScheduleTime(new Date(c.createdAt))}: {c.note}
            </li>
          ))}
        </ul>
      )}
      <label>
        Nội dung đính chính
        <textarea value={note} maxLength={1000} rows={3} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" disabled={pending || !note.trim()} onClick={submit}>
        Thêm đính chính
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
