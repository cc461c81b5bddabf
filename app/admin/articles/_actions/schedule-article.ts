'use server';

import { cancelSchedule, scheduleArticle, setUnpublishTime } from '@/lib/articles/schedule';
import type { StatusOutcome } from '@/lib/articles/workflow';
import { wakeScheduler } from '@/lib/schedule/start-scheduler';
import { parseFutureVietnamTime } from '@/lib/vi/time';
import type { ArticleActionResult } from './result';
import { runArticleAction } from './run-article-action';

type Ref = { id: number; version: number };

function toResult(id: number, outcome: StatusOutcome): ArticleActionResult & { tags?: string[] } {
  if (outcome.ok)
    return { ok: true, id, version: outcome.version, status: outcome.status, slug: '', autosavedOnly: false, savedAt: new Date().toISOString(), tags: outcome.tags };
  if (outcome.reason === 'conflict')
    return { ok: false, error: 'conflict', message: 'Bài đã được người khác lưu trong lúc bạn sửa.', current: outcome.current };
  if (outcome.reason === 'not_found') return { ok: false, error: 'not_found', message: 'Không tìm thấy bài viết.' };
  return { ok: false, error: 'refused', message: outcome.message };
}

/** A changed schedule re-arms the scheduler's timer for the new soonest due time. */
async function rearming(result: Promise<ArticleActionResult>): Promise<ArticleActionResult> {
  const outcome = await result;
  if (outcome.ok) wakeScheduler();
  return outcome;
}

function optionalTime(value: unknown): { ok: true; at: Date | null } | { ok: false } {
  if (value === undefined || value === null || value === '') return { ok: true, at: null };
  if (typeof value !== 'string') return { ok: false };
  const parsed = parseFutureVietnamTime(value);
  return parsed.ok ? { ok: true, at: parsed.at } : { ok: false };
}

/** Schedules publication at a future Vietnam time ("2026-11-25T10:00"), optionally with an unpublish time. */
export async function scheduleArticleAction(input: Ref & { at: string; unpublishAt?: string }): Promise<ArticleActionResult> {
  return rearming(
    runArticleAction(
    input,
    'article:schedule',
    ({ id, version }) => {
      const at = parseFutureVietnamTime(typeof input.at === 'string' ? input.at : '');
      if (!at.ok) return { ok: false, error: 'invalid', message: at.message };
      const until = optionalTime(input.unpublishAt);
      if (!until.ok || (until.at && until.at <= at.at))
        return { ok: false, error: 'invalid', message: 'Thời điểm gỡ bài phải sau thời điểm đăng.' };
      return toResult(id, scheduleArticle({ id, baseVersion: version, at: at.at, unpublishAt: until.at }));
    },
    'article.schedule',
    ),
  );
}

/** Cancels a schedule; the article returns to draft. */
export async function cancelScheduleAction(input: Ref): Promise<ArticleActionResult> {
  return rearming(
    runArticleAction(
    input,
    'article:schedule',
    ({ id, version }) => toResult(id, cancelSchedule({ id, baseVersion: version })),
    'article.schedule_cancel',
    ),
  );
}

/** Sets (future Vietnam time) or clears ("") when a published article comes down. */
export async function setUnpublishTimeAction(input: Ref & { at: string }): Promise<ArticleActionResult> {
  return rearming(
    runArticleAction(
    input,
    'article:schedule',
    ({ id, version }) => {
      const raw = typeof input.at === 'string' ? input.at : '';
      const until = raw === '' ? { ok: true as const, at: null } : parseFutureVietnamTime(raw);
      if (!until.ok) return { ok: false, error: 'invalid', message: until.message };
      return toResult(id, setUnpublishTime({ id, baseVersion: version, at: until.at }));
    },
    'article.schedule_unpublish',
    ),
  );
}
