'use client';

import { useState } from 'react';
import { ModalDialog } from '@/app/admin/_components/modal-dialog';
import type { PublishChecks, PublishWarning } from '@/lib/data/articles/publish-checks';

type Props = {
  /** "Xuất bản", "Cập nhật", "Hẹn giờ đăng": what confirming does. */
  action: string;
  /** null while the checks are being made. */
  checks: PublishChecks | null;
  busy: boolean;
  onConfirm: (confirmed: PublishWarning[]) => void;
  onClose: () => void;
};

/**
 * The pre-publish panel: blocking problems (going live is disabled until they are fixed) and
 * warnings, which go live only once the writer ticks that they have read them. The server applies
 * the same rules (lib/data/articles/publish-checks.ts) and records the confirmed warnings.
 */
export function PublishChecksDialog({ action, checks, busy, onConfirm, onClose }: Props) {
  const [confirmed, setConfirmed] = useState(false);
  // A new list of warnings (the server found one more) needs a new confirmation.
  const [seen, setSeen] = useState(checks);
  if (seen !== checks) {
    setSeen(checks);
    setConfirmed(false);
  }
  const blocked = (checks?.blocking.length ?? 0) > 0;
  const warned = (checks?.warnings.length ?? 0) > 0;
  const ready = checks !== null && !blocked && (!warned || confirmed);
  return (
    <ModalDialog title={`Kiểm tra trước khi ${action.toLowerCase()}`} onClose={onClose} className="publish-checks">
      {checks === null ? (
        <p role="status">Đang kiểm tra bài…</p>
      ) : (
        <>
          {blocked && (
            <section aria-labelledby="publish-blocking">
              <h3 id="publish-blocking">Cần sửa trước khi đăng</h3>
              <ul>
                {checks.blocking.map((problem) => (
                  <li key={problem.code}>{problem.message}</li>
                ))}
              </ul>
            </section>
          )}
          {warned && (
            <section aria-labelledby="publish-warnings">
              <h3 id="publish-warnings">Cần lưu ý</h3>
              <ul>
                {checks.warnings.map((warning) => (
                  <li key={warning.code}>{warning.message}</li>
                ))}
              </ul>
              {!blocked && (
                <label>
                  <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> Tôi đã xem các
                  cảnh báo trên và vẫn muốn đăng
                </label>
              )}
            </section>
          )}
          {!blocked && !warned && <p>Bài đã qua mọi kiểm tra.</p>}
        </>
      )}
      <p className="admin-dialog-buttons">
        <button type="button" onClick={onClose}>
          Hủy
        </button>
        <button
          type="button"
          disabled={!ready || busy}
          onClick={() => onConfirm(checks && confirmed ? checks.warnings.map((warning) => warning.code) : [])}
        >
          {`Xác nhận ${action.toLowerCase()}`}
        </button>
      </p>
    </ModalDialog>
  );
}
