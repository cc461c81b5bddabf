'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { PublishChecks, PublishWarning } from '@/lib/data/articles/publish-checks';
import { DateTimeField } from '@/app/admin/_components/date-time-field';
import { OFFLINE_MESSAGE } from '@/app/admin/_components/use-action-call';
import { formatScheduleTime } from '@/lib/vi/time';
import type { ArticleActionResult } from '../_actions/result';
import {
  cancelScheduleAction,
  scheduleArticleAction,
  setUnpublishTimeAction,
} from '../_actions/schedule-article';
import { PublishChecksDialog } from './publish-checks-dialog';
import type { Meta } from './use-article-saver';

export type ArticleSchedule = { scheduledAt: string | null; unpublishAt: string | null };

type Props = {
  meta: Meta;
  schedule: ArticleSchedule;
  dirty: boolean;
  onChanged: (meta: Meta) => void;
  /** The pre-publish checks: nobody is there when a scheduled article goes live, so they run now. */
  checkArticle: () => Promise<PublishChecks>;
};

/** "Hẹn giờ đăng" and "Hẹn giờ gỡ": times typed (dd/mm/yyyy HH:mm) and shown in Vietnam time, whatever the browser's zone and locale. */
export function ScheduleControls({ meta, schedule, dirty, onChanged, checkArticle }: Props) {
  const router = useRouter();
  const [at, setAt] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState('');
  const [checking, setChecking] = useState<{ checks: PublishChecks | null; busy: boolean } | null>(null);
  const id = meta.id ?? 0;
  const live = meta.status === 'published';
  const blocked = dirty ? 'Lưu bài trước khi hẹn giờ.' : !at ? 'Chọn thời điểm đăng để hẹn giờ.' : null;

  async function finish(call: Promise<ArticleActionResult>) {
    const result = await call.catch(() => null);
    if (!result) return setError(OFFLINE_MESSAGE);
    if (!result.ok && result.error === 'checks') return setChecking({ checks: result.checks, busy: false });
    setChecking(null);
    if (!result.ok)
      return setError(result.error === 'conflict' ? 'Bài vừa được người khác lưu; tải lại trang rồi thử lại.' : result.message);
    setError('');
    onChanged({ id: result.id, version: result.version, status: result.status });
    router.refresh();
  }

  return (
    <div className="editor-schedule">
      {meta.status === 'scheduled' && schedule.scheduledAt && (
        <p>
          Sẽ đăng lúc <strong>{formatScheduleTime(new Date(schedule.scheduledAt))}</strong> (giờ Việt Nam){' '}
          <button type="button" onClick={() => finish(cancelScheduleAction({ id, version: meta.version }))}>
            Hủy hẹn giờ
          </button>
        </p>
      )}
      {schedule.unpublishAt && (meta.status === 'scheduled' || live) && (
        <p>Sẽ gỡ lúc {formatScheduleTime(new Date(schedule.unpublishAt))} (giờ Việt Nam)</p>
      )}
      {!live && (
        <span>
          <DateTimeField label="Hẹn giờ đăng (giờ Việt Nam)" value={at} onChange={setAt} />
          <DateTimeField label="Gỡ bài lúc (không bắt buộc)" value={until} onChange={setUntil} />
          <button
            type="button"
            disabled={blocked !== null}
            aria-describedby={blocked ? 'schedule-blocked' : undefined}
            onClick={() => {
              setChecking({ checks: null, busy: false });
              void checkArticle().then((checks) => setChecking((open) => open && open.checks === null ? { ...open, checks } : open));
            }}
          >
            Hẹn giờ đăng
          </button>
          {/* Said on the page, not in a tooltip: phones have no hover. */}
          {blocked && (
            <span id="schedule-blocked" className="editor-hint">
              {blocked}
            </span>
          )}
        </span>
      )}
      {live && (
        <span>
          <DateTimeField label="Hẹn giờ gỡ bài (giờ Việt Nam)" value={until} onChange={setUntil} />
          <button type="button" onClick={() => finish(setUnpublishTimeAction({ id, version: meta.version, at: until }))}>
            {until ? 'Đặt giờ gỡ' : 'Bỏ giờ gỡ'}
          </button>
        </span>
      )}
      {error && <span role="alert">{error}</span>}
      {checking && (
        <PublishChecksDialog
          action="Hẹn giờ đăng"
          checks={checking.checks}
          busy={checking.busy}
          onConfirm={(confirmedWarnings: PublishWarning[]) => {
            setChecking({ ...checking, busy: true });
            void finish(scheduleArticleAction({ id, version: meta.version, at, unpublishAt: until, confirmedWarnings }));
          }}
          onClose={() => setChecking(null)}
        />
      )}
    </div>
  );
}
