import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, auditLog, sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { cancelSchedule, listScheduledNext, runDueSchedules, scheduleArticle, setUnpublishTime } from './schedule';
import { createArticle } from './create';
import { listFeedArticles } from '@/lib/data/feeds';

const now = new Date('2026-11-25T03:00:00Z');
const min = (m: number) => new Date(now.getTime() + m * 60_000);
let sectionId = 0;

function draft(title: string, status: 'draft' | 'published' = 'draft', publishedAt: Date | null = null) {
  return createArticle({
    title,
    lead: 'Sa pô',
    body: { type: 'doc', content: [paragraph('Nội dung')] },
    status,
    sectionId,
    publishedAt,
    bylines: [],
    tags: [],
  }).id;
}
const row = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!;

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
});

describe('scheduled publishing', () => {
  it('a scheduled article is hidden before its time and public from it, before the timer runs', () => {
    const id = draft('Hẹn giờ A');
    const outcome = scheduleArticle({ id, baseVersion: 1, at: min(10), unpublishAt: null, now });
    expect(outcome.ok).toBe(true);
    expect(listFeedArticles({ now: min(9) }).map((a) => a.id)).not.toContain(id);
    expect(listFeedArticles({ now: min(10) }).map((a) => a.id)).toContain(id);
    expect(listScheduledNext(5, now).map((a) => a.id)).toContain(id);
  });

  it('catch-up at start publishes overdue articles with published_at = scheduled_at, audits and reports tags', () => {
    const id = draft('Hẹn giờ B');
    scheduleArticle({ id, baseVersion: 1, at: min(5), unpublishAt: min(60), now });
    // The server was down when it fell due; the start-up run an hour later catches it up.
    const work = runDueSchedules(min(30));
    expect(work.published).toContain(id);
    expect(row(id).status).toBe('published');
    expect(row(id).publishedAt!.toISOString()).toBe(min(5).toISOString());
    expect(work.tags).toContain(`article:${id}`);
    const audit = db.select().from(auditLog).where(eq(auditLog.targetId, id)).all();
    expect(audit.map((a) => a.action)).toContain('article.scheduled_publish');
    // Running again does nothing: the work is idempotent.
    expect(runDueSchedules(min(31)).published).not.toContain(id);
    // Scheduled unpublishing: hidden at read time once due, then flipped by the timer.
    expect(listFeedArticles({ now: min(61) }).map((a) => a.id)).not.toContain(id);
    expect(runDueSchedules(min(61)).unpublished).toContain(id);
    expect(row(id).status).toBe('unpublished');
  });

  it('cancel returns to draft; unpublish time can be set on a live article; stale versions conflict', () => {
    const id = draft('Hẹn giờ C');
    scheduleArticle({ id, baseVersion: 1, at: min(10), unpublishAt: null, now });
    expect(cancelSchedule({ id, baseVersion: 1 }).ok).toBe(false);
    expect(cancelSchedule({ id, baseVersion: 2 }).ok).toBe(true);
    expect(row(id).status).toBe('draft');
    expect(runDueSchedules(min(20)).published).not.toContain(id);
    const live = draft('Đang đăng', 'published', min(-60));
    expect(scheduleArticle({ id: live, baseVersion: 1, at: min(10), unpublishAt: null }).ok).toBe(false);
    expect(setUnpublishTime({ id: live, baseVersion: 1, at: min(15) }).ok).toBe(true);
  });
});
