'use client';

import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import { formatClockTime } from '@/lib/vi/time';
import type { PublishChecks } from '@/lib/data/articles/publish-checks';
import type { Intent, Meta, SaveStatus } from './use-article-saver';
import type { Permissions } from './permissions';
import { StatusActions } from './status-actions';
import { ScheduleControls, type ArticleSchedule } from './schedule-controls';

type Props = {
  meta: Meta;
  status: SaveStatus;
  dirty: boolean;
  permissions: Permissions;
  path: string | null;
  onSave: (intent: Intent) => void;
  onStatusChanged: (meta: Meta) => void;
  /** Present only for users who may schedule. */
  schedule?: ArticleSchedule | null;
  /** The pre-publish checks of the text in the editor, for Hẹn giờ. */
  checkArticle: () => Promise<PublishChecks>;
};

/** The buttons the current status and the user's role allow, and where the last save stands. */
export function WorkflowBar({
  meta,
  status,
  dirty,
  permissions,
  path,
  onSave,
  onStatusChanged,
  schedule,
  checkArticle,
}: Props) {
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
    <div className="editor-workflow">
      <p>
        Trạng thái: <strong>{STATUS_LABELS[meta.status]}</strong> · phiên bản {meta.version}{' '}
        <span role="status" aria-live="polite">
          {saved}
        </span>
      </p>
      <div className="editor-buttons">
        {permissions.edit && !live && (
          <button type="button" onClick={() => onSave('save')}>
            Lưu
          </button>
        )}
        {permissions.submit && meta.status === 'draft' && (
          <button type="button" onClick={() => onSave('submit')}>
            Gửi duyệt
          </button>
        )}
        {permissions.publish && !live && (
          <button type="button" onClick={() => onSave('publish')}>
            Xuất bản
          </button>
        )}
        {permissions.publish && live && (
          <button type="button" onClick={() => onSave('update')}>
            Cập nhật
          </button>
        )}
        {meta.id !== null && (
          <StatusActions meta={meta} permissions={permissions} onChanged={onStatusChanged} />
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
      {schedule && meta.id !== null && (
        <ScheduleControls meta={meta} schedule={schedule} dirty={dirty} onChanged={onStatusChanged} checkArticle={checkArticle} />
      )}
    </div>
  );
}
