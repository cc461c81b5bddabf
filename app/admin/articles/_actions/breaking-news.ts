'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { clearBreakingNews, markBreakingNews } from '@/lib/data/breaking-news';
import { wakeScheduler } from '@/lib/schedule/start-scheduler';
import { parseFutureVietnamTime } from '@/lib/vi/time';
import { NOT_FOUND } from './article-action';

const REFUSED = {
  not_public: 'Chỉ bài đang đăng công khai mới làm tin nóng được.',
  past: 'Thời điểm hết tin nóng phải ở tương lai.',
} as const;

/**
 * Puts a published article in the "Tin nóng" banner of every reader's page until a Vietnam time
 * ("2026-11-25T10:00"); it replaces any other. The scheduler takes it down at that time.
 */
export const markBreakingAction: (input: { id: number; at: string }) => Promise<ActionResult<{ expiresAt: string }>> = defineAction({
  permission: 'breaking:manage',
  schema: z.object({ id: z.number().int().positive(), at: z.string().catch('') }),
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ user, input: { id, at } }) => {
    const until = parseFutureVietnamTime(at);
    if (!until.ok) return { ok: false, error: 'invalid', message: until.message };
    const outcome = markBreakingNews({ articleId: id, expiresAt: until.at, userId: user.id });
    if (!outcome.ok) return outcome.reason === 'not_found' ? NOT_FOUND : { ok: false, error: 'refused', message: REFUSED[outcome.reason] };
    // Arms the scheduler's timer for the expiry.
    wakeScheduler();
    return {
      ok: true,
      value: { expiresAt: until.at.toISOString() },
      tags: outcome.tags,
      audit: { action: 'article.breaking_mark', targetType: 'article', targetId: id, detail: { expiresAt: until.at.toISOString() } },
    };
  },
});

/** Takes the article out of the banner at once (nothing to do when it is not there). */
export const clearBreakingAction: (input: { id: number }) => Promise<ActionResult<{ cleared: boolean }>> = defineAction({
  permission: 'breaking:manage',
  schema: z.object({ id: z.number().int().positive() }),
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ input: { id } }) => {
    const outcome = clearBreakingNews(id);
    return {
      ok: true,
      value: { cleared: outcome.cleared },
      tags: outcome.tags,
      audit: outcome.cleared ? { action: 'article.breaking_clear', targetType: 'article', targetId: id } : undefined,
    };
  },
});
