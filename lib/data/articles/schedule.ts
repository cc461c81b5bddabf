import 'server-only';
import { and, asc, eq, gt, inArray, lte, or } from 'drizzle-orm';
import { db } from '@/db';
import { articleAutosaves, articles, sections } from '@/db/schema';
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

const NO_DUE_WORK: DueWork = { published: [], unpublished: [], tags: [] };
const duePublish = (now: Date) => and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, now))!;
const dueUnpublish = (now: Date) => and(eq(articles.status, 'published'), lte(articles.unpublishAt, now))!;

/**
 * Flips every due article: scheduled → published (published_at = scheduled_at) and published →
 * unpublished once unpublish_at has passed. Several server processes tick on one database file,
 * so each flip is claimed once: the transaction takes SQLite's write lock before reading (the
 * others wait for it, then find the work done) and each UPDATE is guarded by the status and
 * version it read. Only the claiming call audits a flip and returns its tags to expire.
 */
export function runDueSchedules(now = new Date()): DueWork {
  // Most ticks find nothing due: a read, without taking the write lock every process shares.
  const anyDue = db.select({ id: articles.id }).from(articles).where(or(duePublish(now), dueUnpublish(now))).limit(1).get();
  if (!anyDue) return NO_DUE_WORK;
  return db.transaction(
    (tx): DueWork => {
      const claim = (row: { id: number; version: number }, from: ArticleStatus, set: Partial<typeof articles.$inferInsert>) =>
        tx
          .update(articles)
          .set({ ...set, version: row.version + 1, updatedAt: now })
          .where(and(eq(articles.id, row.id), eq(articles.status, from), eq(articles.version, row.version)))
          .run().changes === 1;
      const duePublished = tx
        .select({ id: articles.id, at: articles.scheduledAt, version: articles.version })
        .from(articles)
        .where(duePublish(now))
        .all()
        .filter((row) => claim(row, 'scheduled', { status: 'published', publishedAt: row.at, scheduledAt: null }));
      // Edits the pre-publish checks kept out of a scheduled article stay its working copy once it
      // is live, for the editor to fix and apply with Cập nhật (checked again).
      for (const row of duePublished) {
        tx.update(articleAutosaves)
          .set({ baseVersion: row.version + 1 })
          .where(and(eq(articleAutosaves.articleId, row.id), eq(articleAutosaves.baseVersion, row.version)))
          .run();
      }
      const published = duePublished.map((row) => row.id);
      const unpublished = tx
        .select({ id: articles.id, version: articles.version })
        .from(articles)
        .where(dueUnpublish(now))
        .all()
        .filter((row) => claim(row, 'published', { status: 'unpublished', unpublishAt: null }))
        .map((row) => row.id);
      for (const id of published) recordAudit({ actor: null, action: 'article.scheduled_publish', targetType: 'article', targetId: id });
      for (const id of unpublished) recordAudit({ actor: null, action: 'article.scheduled_unpublish', targetType: 'article', targetId: id });
      const touched = [...new Set([...published, ...unpublished])];
      return { published, unpublished, tags: tagsForScopes(...touched.map((id) => readArticleCacheScope(tx, id))) };
    },
    { behavior: 'immediate' },
  );
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
