'use client';

import { useId, useState } from 'react';
import { useActionCall } from '@/app/admin/_components/use-action-call';
import type { ActionResult } from '@/lib/actions/action-result';
import { formatScheduleTime } from '@/lib/vi/time';
import type { Correction, DeskCorrection } from '@/lib/data/articles/corrections';
import { addCorrectionAction } from '../_actions/add-correction';
import { editCorrectionAction } from '../_actions/edit-correction';
import { removeCorrectionAction } from '../_actions/remove-correction';
import './corrections-panel.css';

type Props = { articleId: number; initial: DeskCorrection[] };

const CHANGE_WORDS = { edit: 'Trước khi sửa', remove: 'Gỡ' } as const;
const time = (iso: string) => formatScheduleTime(new Date(iso));

/**
 * "Đính chính" for a published article: the notes so far, each reworded or removed in place with
 * its earlier texts listed under it, and a box to add a dated one.
 */
export function CorrectionsPanel({ articleId, initial }: Props) {
  const id = useId();
  const [items, setItems] = useState(initial);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<{ id: number; note: string } | null>(null);
  const { pending, error, run: call } = useActionCall();

  /** Runs an action; on success applies its correction to the list. */
  const run = (action: () => Promise<ActionResult<{ correction: Correction }>>, apply: (correction: Correction) => void) =>
    call(action, (result) => apply(result.correction));

  const add = () =>
    run(
      () => addCorrectionAction({ id: articleId, note }),
      (correction) => {
        setNote('');
        setItems((list) => [...list, { ...correction, removedAt: null, history: [] }]);
      },
    );
  const save = (current: DeskCorrection, text: string) =>
    run(
      () => editCorrectionAction({ id: articleId, correctionId: current.id, note: text }),
      (correction) => {
        setEditing(null);
        const earlier = { note: current.note, change: 'edit' as const, changedAt: correction.editedAt ?? '', changedBy: null };
        setItems((list) => list.map((c) => (c.id === current.id ? { ...c, ...correction, history: [earlier, ...c.history] } : c)));
      },
    );
  const remove = (current: DeskCorrection) => {
    if (!window.confirm('Gỡ đính chính này khỏi trang bài? Lịch sử vẫn được giữ trong tòa soạn.')) return;
    void run(
      () => removeCorrectionAction({ id: articleId, correctionId: current.id }),
      () => {
        const now = new Date().toISOString();
        const earlier = { note: current.note, change: 'remove' as const, changedAt: now, changedBy: null };
        setItems((list) => list.map((c) => (c.id === current.id ? { ...c, removedAt: now, history: [earlier, ...c.history] } : c)));
      },
    );
  };

  return (
    <section aria-labelledby="dinh-chinh" className="editor-corrections">
      <h2 id="dinh-chinh">Đính chính</h2>
      {items.length > 0 && (
        <ul aria-label="Các đính chính" className="correction-list">
          {items.map((c) => (
            <li key={c.id} className={c.removedAt ? 'correction correction-removed' : 'correction'}>
              <p className="correction-meta">
                {time(c.createdAt)}
                {c.editedAt ? ` · sửa lúc ${time(c.editedAt)}` : ''}
                {c.removedAt ? ` · đã gỡ lúc ${time(c.removedAt)}` : ''}
              </p>
              {editing?.id === c.id ? (
                <div className="correction-form">
                  <label htmlFor={`${id}-edit-${c.id}`}>Sửa nội dung đính chính</label>
                  <textarea
                    id={`${id}-edit-${c.id}`}
                    value={editing.note}
                    maxLength={1000}
                    rows={3}
                    onChange={(e) => setEditing({ id: c.id, note: e.target.value })}
                  />
                  <div className="correction-buttons">
                    <button type="button" disabled={pending || !editing.note.trim()} onClick={() => void save(c, editing.note)}>
                      Lưu đính chính
                    </button>
                    <button type="button" onClick={() => setEditing(null)}>
                      Hủy
                    </button>
                  </div>
                </div>
              ) : (
                <p className="correction-note">{c.note}</p>
              )}
              {!c.removedAt && editing?.id !== c.id && (
                <div className="correction-buttons">
                  <button type="button" disabled={pending} onClick={() => setEditing({ id: c.id, note: c.note })}>
                    Sửa
                  </button>
                  <button type="button" disabled={pending} onClick={() => remove(c)}>
                    Gỡ
                  </button>
                </div>
              )}
              {c.history.length > 0 && (
                <details className="correction-history">
                  <summary>Lịch sử ({c.history.length})</summary>
                  <ol>
                    {c.history.map((h, i) => (
                      <li key={i}>
                        {CHANGE_WORDS[h.change]} · {time(h.changedAt)}
                        {h.changedBy ? ` · ${h.changedBy}` : ''}: {h.note}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="correction-form">
        <label htmlFor={`${id}-new`}>Nội dung đính chính</label>
        <textarea id={`${id}-new`} value={note} maxLength={1000} rows={3} onChange={(e) => setNote(e.target.value)} />
        <div className="correction-buttons">
          <button type="button" disabled={pending || !note.trim()} onClick={() => void add()}>
            Thêm đính chính
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="admin-message admin-message-error">
          {error}
        </p>
      )}
    </section>
  );
}
