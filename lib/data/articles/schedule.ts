import 'server-only';
import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';
import { recordAudit } from '@/lib/data/audit';
import type { StatusOutcome } from './workflow';
import { writeArticle, type ArticleWrite } from './write';

const SCHEDULABLE: readonly ArticleStatus[] = ['draft', 'review', 'unpublished', 'scheduled'];
const REFUSAL = 'Không thể hẹn giờ với bài ở trạng thái này.';

type ScheduleChange = { id: number; baseVersion: number; now?: Date };

/** A schedule change: version-checked like a save; a due scheduled article may already be cached, so its tags always go. */
function changeSchedule(
  input: ScheduleChange,
  from: readonly ArticleStatus[],
  apply: (write: ArticleWrite) => ArticleStatus,
): StatusOutcome {
  return writeArticle({ ...input, from, refusal: REFUSAL }, (write): StatusOutcome => {
    const status = apply(write);
    return { ok: true, version: write.version, status, tags: tagsForScopes(readArticleCacheScope(write.tx, input.id)) };
  });
}

/** Schedules an article to go live at `at` (and optionally come down at `unpublishAt`). */
export function scheduleArticle(input: ScheduleChange & { at: Date; unpublishAt: Date | null }): StatusOutcome {
  return changeSchedule(input, SCHEDULABLE, ({ update }) => {
    update({
      status: 'scheduled',
      scheduledAt: input.at,
      // Listings sort by publishedAt, so the article takes its place the moment it is due.
      publishedAt: input.at,
      unpublishAt: input.unpublishAt,
    });
    return 'scheduled';
  });
}

/** Cancels a schedule: the article goes back to draft. */
export function cancelSchedule(input: ScheduleChange): StatusOutcome {
  return changeSchedule(input, ['scheduled'], ({ update }) => {
    // publishedAt was the scheduled time; a later publish dates the article then.
    update({ status: 'draft', scheduledAt: null, publishedAt: null, unpublishAt: null });
    return 'draft';
  });
}

/** Sets or clears the time a published article comes down. */
export function setUnpublishTime(input: ScheduleChange & { at: Date | null }): StatusOutcome {
  return changeSchedule(input, ['published', 'scheduled'], ({ current, update }) => {
    update({ unpublishAt: input.at });
    return current.status;
  });
}

export type DueWork = { published: number[]; unpublished: number[]; tags: string[] };

/**
 * Flips every due article in one transaction: scheduled → published (published_at = scheduled_at)
 * and published → unpublished once unpublish_at has passed. Safe to run any number of times.
 */
export function runDueSchedules(now = new Date()): DueWork {
  return db.transaction((tx): DueWork => {
    const toPublish = tx
      .select({ id: articles.id, at: articles.scheduledAt, version: articles.version })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, now))!)
      .all();
    for (const row of toPublish) {
      tx.update(articles)
        .set({ status: 'published', publishedAt: row.at, scheduledAt: null, version: row.version + 1, updatedAt: now })
        .where(eq(articles.id, row.id))
        .run();
    }
    const toUnpublish = tx
      .select({ id: articles.id, version: articles.version })
      .from(articles)
      .where(and(eq(articles.status, 'published'), lte(articles.unpublishAt, now))!)
      .all();
    for (const row of toUnpublish) {
      tx.update(articles)
        .set({ status: 'unpublished', unpublishAt: null, version: row.version + 1, updatedAt: now })
        .where(eq(articles.id, row.id))
        .run();
    }
    const touched = [...new Set([...toPublish, ...toUnpublish].map((r) => r.id))];
    for (const row of toPublish)
      recordAudit({ actor: null, action: 'article.scheduled_publish', targetType: 'article', targetId: row.id });
    for (const row of toUnpublish)
      recordAudit({ actor: null, action: 'article.scheduled_unpublish', targetType: 'article', targetId: row.id });
    return {
      published: toPublish.map((r) => r.id),
      unpublished: toUnpublish.map((r) => r.id),
      tags: tagsForScopes(...touched.map((id) => readArticleCacheScope(tx, id))),
    };
  });
}

/** When the soonest scheduled publish or unpublish after `now` falls due (ms), or null when none is set. */
export function nextScheduleTransition(now = new Date()): number | null {
  const publish = db
    .select({ at: articles.scheduledAt })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), gt(articles.scheduledAt, now))!)
    .orderBy(asc(articles.scheduledAt))
    .limit(1)
    .get()?.at;
  const unpublish = db
    .select({ at: articles.unpublishAt })
    .from(articles)
    .where(and(inArray(articles.status, ['published', 'scheduled']), gt(articles.unpublishAt, now))!)
    .orderBy(asc(articles.unpublishAt))
    .limit(1)
    .get()?.at;
  const times = [publish, unpublish].flatMap((at) => (at ? [at.getTime()] : []));
  return times.length ? Math.min(...times) : null;
}

export type ScheduledItem = { id: number; title: string; section: string; scheduledAt: Date; adminPath: string };

/** What goes live next, soonest first. */
export function listScheduledNext(limit = 5, now = new Date()): ScheduledItem[] {
  return db
    .select({ id: articles.id, title: articles.title, section: sections.name, scheduledAt: articles.scheduledAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(inArray(articles.status, ['scheduled']), gt(articles.scheduledAt, now))!)
    .orderBy(asc(articles.scheduledAt))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, scheduledAt: r.scheduledAt!, adminPath: `/admin/articles/${r.id}` }));
}

/** The article's schedule as ISO strings, for the editor. */
export function getArticleSchedule(id: number): { scheduledAt: string | null; unpublishAt: string | null } {
  const row = db
    .select({ scheduledAt: articles.scheduledAt, unpublishAt: articles.unpublishAt })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
  return { scheduledAt: row?.scheduledAt?.toISOString() ?? null, unpublishAt: row?.unpublishAt?.toISOString() ?? null };
}
