'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { OFFLINE_MESSAGE } from '@/app/admin/_components/use-action-call';
import { ConfirmDialog } from '@/app/admin/_components/modal-dialog';
import type { ArticleActionResult } from '../_actions/result';
import { deleteArticleAction } from '../_actions/delete-article';
import { sendBackArticleAction } from '../_actions/send-back-article';
import { unpublishArticleAction } from '../_actions/unpublish-article';
import { withdrawArticleAction } from '../_actions/withdraw-article';
import type { Meta } from './use-article-saver';
import type { Permissions } from './permissions';

type Props = {
  meta: Meta;
  permissions: Permissions;
  /** The page is re-rendering after a change of status: the buttons wait for it. */
  busy: boolean;
  /** A move succeeded: the editor takes the new status and re-renders the page. */
  onChanged: (meta: Meta) => void;
};

/** Workflow moves that leave the text alone: take a live article down, send one back with a note, withdraw one's own. */
export function StatusActions({ meta, permissions, busy, onChanged }: Props) {
  const router = useRouter();
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmUnpublish, setConfirmUnpublish] = useState(false);

  async function finish(call: Promise<ArticleActionResult>) {
    let result: ArticleActionResult;
    try {
      result = await call;
    } catch {
      setError(OFFLINE_MESSAGE);
      return;
    }
    if (!result.ok) {
      setError(
        result.error === 'conflict'
          ? 'Bài vừa được người khác lưu; tải lại trang rồi thử lại.'
          : result.message,
      );
      return;
    }
    setError('');
    setNoteOpen(false);
    setConfirmUnpublish(false);
    onChanged({ id: result.id, version: result.version, status: result.status });
  }

  const id = meta.id ?? 0;
  return (
    <>
      {permissions.unpublish && meta.status === 'published' && (
        <button type="button" disabled={busy} onClick={() => setConfirmUnpublish(true)}>
          Gỡ bài
        </button>
      )}
      {confirmUnpublish && (
        <ConfirmDialog
          title="Gỡ bài khỏi trang?"
          message="Bạn đọc sẽ không xem được bài này nữa; trang bài, các trang chuyên mục, chủ đề và bản tin RSS cập nhật ngay. Có thể đăng lại sau."
          confirmLabel="Xác nhận gỡ bài"
          onConfirm={() => {
            setConfirmUnpublish(false);
            void finish(unpublishArticleAction({ id, version: meta.version }));
          }}
          onCancel={() => setConfirmUnpublish(false)}
        />
      )}
      {permissions.sendBack && meta.status === 'review' && (
        <button type="button" disabled={busy} onClick={() => setNoteOpen((open) => !open)}>
          Trả lại phóng viên
        </button>
      )}
      {/* The desk sends back with a note; the writer's own way back is Rút về nháp. */}
      {permissions.withdraw && !permissions.sendBack && meta.status === 'review' && (
        <button type="button" disabled={busy} onClick={() => finish(withdrawArticleAction({ id, version: meta.version }))}>
          Rút về nháp
        </button>
      )}
      {noteOpen && (
        <span className="editor-send-back">
          <label>
            Ghi chú trả lại
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          </label>
          <button
            type="button"
            onClick={() => finish(sendBackArticleAction({ id, version: meta.version, note }))}
          >
            Xác nhận trả lại
          </button>
        </span>
      )}
      {permissions.delete && (
        <button type="button" disabled={busy} onClick={() => setConfirmDelete(true)}>
          Xóa bài
        </button>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title="Xóa bài vĩnh viễn?"
          message="Bài, các phiên bản và bản tự lưu của bài bị xóa hẳn; nếu bài đang đăng, bạn đọc không xem được nữa. Không thể hoàn tác."
          confirmLabel="Xác nhận xóa vĩnh viễn"
          onConfirm={async () => {
            setConfirmDelete(false);
            const result = await deleteArticleAction({ id, version: meta.version }).catch(
              () => null,
            );
            if (result?.ok) router.push('/admin/articles');
            else
              setError(
                result?.message ?? OFFLINE_MESSAGE,
              );
          }}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
      {error && <span role="alert">{error}</span>}
    </>
  );
}
