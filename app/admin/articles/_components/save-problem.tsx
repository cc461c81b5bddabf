'use client';

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
  const message = problem.kind === 'error' ? problem.message : TEXT[problem.kind];
  return (
    <div role="alert" className="editor-problem">
      <p>{message}</p>
      {problem.kind !== 'error' && (
        <p>
          <a href="/admin/login" target="_blank" rel="noopener">
            Đăng nhập lại (mở trong tab mới)
          </a>
          , rồi quay lại đây và bấm “Lưu lại”.
        </p>
      )}
      <button type="button" onClick={onRetry}>
        Lưu lại
      </button>
    </div>
  );
}
