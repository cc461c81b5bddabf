'use client';

import { useState } from 'react';
import type { Problem } from './use-article-saver';

const TEXT = {
  session:
    'Phiên đăng nhập đã hết hạn nên bài chưa được lưu. Nội dung vẫn còn nguyên ở đây và đã được giữ tạm trên trình duyệt này.',
  offline:
    'Không lưu được: mất kết nối tới máy chủ hoặc phiên đăng nhập đã hết hạn. Nội dung vẫn còn nguyên ở đây.',
};

/** Why the last save failed, and how to get the text saved without losing a word. */
export function SaveProblem({
  problem,
  onRetry,
}: {
  problem: Exclude<Problem, { kind: 'conflict' }>;
  onRetry: () => void;
}) {
  const message = problem.kind === 'error' || problem.kind === 'checks' ? problem.message : TEXT[problem.kind];
  return (
    <div role="alert" className="editor-problem">
      <p>{message}</p>
      {(problem.kind === 'session' || problem.kind === 'offline') && (
        <p>
          <a href="/admin/login" target="_blank" rel="noopener">
            Đăng nhập lại (mở trong tab mới)
          </a>
          , rồi quay lại đây và bấm “Lưu lại”.
        </p>
      )}
      {problem.kind === 'checks' && problem.checks.blocking.length === 0 ? (
        <ConfirmWarnings problem={problem} />
      ) : (
        <button type="button" onClick={onRetry}>
          Lưu lại
        </button>
      )}
    </div>
  );
}

/** A scheduled article's save that only raised new warnings: saved once the writer confirms them. */
function ConfirmWarnings({ problem }: { problem: Extract<Problem, { kind: 'checks' }> }) {
  const [confirmed, setConfirmed] = useState(false);
  return (
    <p>
      <label>
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> Tôi đã xem các cảnh
        báo trên và vẫn muốn bài đăng theo giờ đã hẹn
      </label>{' '}
      <button
        type="button"
        disabled={!confirmed}
        onClick={() => problem.confirm(problem.checks.warnings.map((warning) => warning.code))}
      >
        Lưu và xác nhận cảnh báo
      </button>
    </p>
  );
}
