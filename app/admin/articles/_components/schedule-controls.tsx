'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatScheduleTime } from '@/lib/vi/time';
import type { ArticleActionResult } from '../_actions/result';
import {
  cancelScheduleAction,
  scheduleArticleAction,
  setUnpublishTimeAction,
} from '../_actions/schedule-article';
import type { Meta } from './use-article-saver';

export type ArticleSchedule = { scheduledAt: string | null; unpublishAt: string | null };

type Props = { meta: Meta; schedule: ArticleSchedule; dirty: boolean; onChanged: (meta: Meta) => void };

/** "Hẹn giờ đăng" and "Hẹn giờ gỡ": times typed and shown in Vietnam time, whatever the browser's zone. */
export function ScheduleControls({ meta, schedule, dirty, onChanged }: Props) {
  const router = useRouter();
  const [at, setAt] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState('');
  const id = meta.id ?? 0;
  const live = meta.status === 'published';

  async function finish(call: Promise<ArticleActionResult>) {
    const result = await call.catch(() => null);
    if (!result) return setError('Không kết nối được máy chủ hoặc phiên đăng nhập đã hết hạn.');
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
          <label>
            Hẹn giờ đăng (giờ Việt Nam)
            <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          </label>
          <label>
            Gỡ bài lúc (không bắt buộc)
            <input type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={dirty || !at}
            title={dirty ? 'Lưu bài trước khi hẹn giờ' : undefined}
            onClick={() => finish(scheduleArticleAction({ id, version: meta.version, at, unpublishAt: until }))}
          >
            Hẹn giờ đăng
          </button>
        </span>
      )}
      {live && (
        <span>
          <label>
            Hẹn giờ gỡ bài (giờ Việt Nam)
            <input type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
          </label>
          <button type="button" onClick={() => finish(setUnpublishTimeAction({ id, version: meta.version, at: until }))}>
            {until ? 'Đặt giờ gỡ' : 'Bỏ giờ gỡ'}
          </button>
        </span>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
