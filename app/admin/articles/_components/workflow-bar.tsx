'use client';

import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import { formatClockTime } from '@/lib/vi/time';
import type { Intent, Meta, SaveStatus } from './use-article-saver';
import type { Permissions } from './permissions';
import { useEffect, useRef } from 'react';
import { StatusActions } from './status-actions';
import { EditorIcon } from './editor-icons';

type Props = {
  meta: Meta;
  status: SaveStatus;
  dirty: boolean;
  permissions: Permissions;
  path: string | null;
  /** The page is re-rendering after a change of status: the buttons wait for it. */
  busy: boolean;
  onSave: (intent: Intent) => void;
  onStatusChanged: (meta: Meta) => void;
  /** Opens the settings sheet (phones; on wide screens the panel is beside the text). */
  onOpenSettings: () => void;
};

/**
 * The bar pinned above the text: status, where the last save stands, and the buttons the status
 * and the user's role allow. Its height is published as --editor-bar-height, so the toolbar and
 * the side panel stick just below it.
 */
export function WorkflowBar({
  meta,
  status,
  dirty,
  permissions,
  path,
  busy,
  onSave,
  onStatusChanged,
  onOpenSettings,
}: Props) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = bar.current;
    const editor = element?.parentElement;
    if (!element || !editor) return;
    const observer = new ResizeObserver(() =>
      editor.style.setProperty('--editor-bar-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const live = meta.status === 'published';
  // Unsaved edits outrank an earlier success, so the indicator never claims text is safe when it is not.
  const saved =
    status.state === 'saving'
      ? 'Đang lưu…'
      : dirty
        ? 'Có thay đổi chưa lưu'
        : status.state === 'saved'
          ? `${status.autosavedOnly ? 'Đã tự lưu bản nháp (chưa cập nhật lên trang)' : 'Đã lưu'} lúc ${formatClockTime(new Date(status.at ?? ''))}`
          : '';
  return (
    <div className="editor-workflow" ref={bar}>
      <div className="editor-workflow-state">
        <p>
          Trạng thái: <strong>{STATUS_LABELS[meta.status]}</strong> · phiên bản {meta.version}
        </p>
        <p role="status" aria-live="polite" className={dirty ? 'editor-save-state editor-unsaved' : 'editor-save-state'}>
          {saved}
        </p>
        <button
          type="button"
          className="editor-settings-open"
          aria-haspopup="dialog"
          onClick={onOpenSettings}
        >
          <EditorIcon name="settings" />
          Thiết lập bài
        </button>
      </div>
      <div className="editor-buttons" aria-busy={busy}>
        {permissions.edit && !live && (
          <button type="button" onClick={() => onSave('save')} disabled={busy}>
            Lưu
          </button>
        )}
        {permissions.submit && meta.status === 'draft' && (
          <button type="button" onClick={() => onSave('submit')} disabled={busy}>
            Gửi duyệt
          </button>
        )}
        {permissions.publish && !live && (
          <button type="button" className="editor-primary" onClick={() => onSave('publish')} disabled={busy}>
            Xuất bản
          </button>
        )}
        {permissions.publish && live && (
          <button type="button" className="editor-primary" onClick={() => onSave('update')} disabled={busy}>
            Cập nhật
          </button>
        )}
        {meta.id !== null && (
          <StatusActions meta={meta} permissions={permissions} busy={busy} onChanged={onStatusChanged} />
        )}
        {meta.id !== null && (
          <a href={`/admin/articles/${meta.id}/preview`} target="_blank" rel="noopener">
            Xem trước
          </a>
        )}
        {meta.id !== null && <a href={`/admin/articles/${meta.id}/revisions`}>Lịch sử phiên bản</a>}
        {live && path && (
          <a href={path} target="_blank" rel="noopener">
            Xem trên trang
          </a>
        )}
      </div>
    </div>
  );
}
