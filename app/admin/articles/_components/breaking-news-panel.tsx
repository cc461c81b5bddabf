'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DateTimeField } from '@/app/admin/_components/date-time-field';
import { useActionCall } from '@/app/admin/_components/use-action-call';
import type { ActionResult } from '@/lib/actions/action-result';
import { formatScheduleTime } from '@/lib/vi/time';
import { clearBreakingAction, markBreakingAction } from '../_actions/breaking-news';

type Props = {
  articleId: number;
  /** When this article leaves the banner, or null when it is not in it. */
  expiresAt: string | null;
  /** The headline of another article in the banner now, which marking this one replaces. */
  replaces: string | null;
};

/** "Tin nóng" for a published article: in the banner of every reader's page until a Vietnam time. */
export function BreakingNewsPanel({ articleId, expiresAt, replaces }: Props) {
  const router = useRouter();
  const [until, setUntil] = useState('');
  const { pending, error, run: call } = useActionCall();
  const run = <T extends object>(action: () => Promise<ActionResult<T>>) =>
    call(action, () => {
      setUntil('');
      router.refresh();
    });

  return (
    <section aria-labelledby="tin-nong-bai" className="editor-breaking">
      <h2 id="tin-nong-bai">Tin nóng</h2>
      {expiresAt ? (
        <p>
          Bài đang là tin nóng trên mọi trang đến <strong>{formatScheduleTime(new Date(expiresAt))}</strong> (giờ Việt Nam).{' '}
          <button type="button" disabled={pending} onClick={() => run(() => clearBreakingAction({ id: articleId }))}>
            Bỏ tin nóng
          </button>
        </p>
      ) : (
        replaces && <p>Tin nóng hiện tại: “{replaces}”. Đặt bài này sẽ thay thế tin đó.</p>
      )}
      <DateTimeField label={expiresAt ? 'Đổi giờ hết tin nóng (giờ Việt Nam)' : 'Tin nóng đến (giờ Việt Nam)'} value={until} onChange={setUntil} />
      <button type="button" disabled={pending || !until} onClick={() => run(() => markBreakingAction({ id: articleId, at: until }))}>
        Đặt làm tin nóng
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
