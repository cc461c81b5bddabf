'use server';

import { z } from 'zod';
import { getEditableArticle } from '@/lib/data/articles/editable';
import { cancelSchedule, scheduleArticle, setUnpublishTime } from '@/lib/data/articles/schedule';
import { wakeScheduler } from '@/lib/schedule/start-scheduler';
import { parseFutureVietnamTime } from '@/lib/vi/time';
import { articleOutcome, articleRefSchema, defineArticleAction, NOT_FOUND, type ArticleOutcome } from './article-action';
import { confirmedWarningsSchema, passPublishChecks } from './publish-gate';
import type { ArticleActionResult, ArticleRef } from './result';

/** A changed schedule re-arms the scheduler's timer for the new soonest due time. */
function rearming(outcome: ArticleOutcome): ArticleOutcome {
  if (outcome.ok) wakeScheduler();
  return outcome;
}

function optionalTime(value: unknown): { ok: true; at: Date | null } | { ok: false } {
  if (value === undefined || value === null || value === '') return { ok: true, at: null };
  if (typeof value !== 'string') return { ok: false };
  const parsed = parseFutureVietnamTime(value);
  return parsed.ok ? { ok: true, at: parsed.at } : { ok: false };
}

/**
 * Schedules publication at a future Vietnam time ("2026-11-25T10:00"), optionally with an unpublish
 * time. The article as saved passes the pre-publish checks now: nobody is there when it goes live.
 */
export const scheduleArticleAction: (
  input: ArticleRef & { at: string; unpublishAt?: string; confirmedWarnings?: readonly string[] },
) => Promise<ArticleActionResult> = defineArticleAction({
  capability: 'article:schedule',
  schema: articleRefSchema.extend({ at: z.string().catch(''), unpublishAt: z.unknown().optional(), confirmedWarnings: confirmedWarningsSchema }),
  run: ({ input: { id, version, at: when, unpublishAt, confirmedWarnings } }) => {
    const at = parseFutureVietnamTime(when);
    if (!at.ok) return { ok: false, error: 'invalid', message: at.message };
    const until = optionalTime(unpublishAt);
    if (!until.ok || (until.at && until.at <= at.at)) {
      return { ok: false, error: 'invalid', message: 'Thời điểm gỡ bài phải sau thời điểm đăng.' };
    }
    const article = getEditableArticle(id);
    if (!article) return NOT_FOUND;
    // A stale version is the write's to refuse, as a conflict, whatever the checks would say.
    if (article.version === version) {
      const checked = passPublishChecks(id, article.snapshot, confirmedWarnings);
      if (!checked.ok) return checked;
      confirmedWarnings = checked.confirmedWarnings;
    }
    const outcome = scheduleArticle({ id, baseVersion: version, at: at.at, unpublishAt: until.at });
    return rearming(articleOutcome(id, outcome, 'article.schedule', { confirmedWarnings }));
  },
});

/** Cancels a schedule; the article returns to draft. */
export const cancelScheduleAction: (input: ArticleRef) => Promise<ArticleActionResult> = defineArticleAction({
  capability: 'article:schedule',
  schema: articleRefSchema,
  run: ({ input: { id, version } }) => rearming(articleOutcome(id, cancelSchedule({ id, baseVersion: version }), 'article.schedule_cancel')),
});

/** Sets (future Vietnam time) or clears ("") when a published article comes down. */
export const setUnpublishTimeAction: (input: ArticleRef & { at: string }) => Promise<ArticleActionResult> = defineArticleAction({
  capability: 'article:schedule',
  schema: articleRefSchema.extend({ at: z.string().catch('') }),
  run: ({ input: { id, version, at } }) => {
    const until = at === '' ? { ok: true as const, at: null } : parseFutureVietnamTime(at);
    if (!until.ok) return { ok: false, error: 'invalid', message: until.message };
    return rearming(articleOutcome(id, setUnpublishTime({ id, baseVersion: version, at: until.at }), 'article.schedule_unpublish'));
  },
});
