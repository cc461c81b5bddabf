import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { changeArticleStatus } from './workflow';
import { nextScheduleTransition, scheduleArticle, setUnpublishTime } from './schedule';
import { createArticle } from './create';

// The scheduler arms its timer for this instant: it must be the soonest publish or unpublish still ahead.
const now = new Date('2026-11-25T03:00:00Z');
const min = (m: number) => new Date(now.getTime() + m * 60_000);
let sectionId = 0;

const article = (title: string, status: 'draft' | 'published') =>
  createArticle({
    title,
    lead: '',
    body: { type: 'doc', content: [paragraph('x')] },
    status,
    sectionId,
    publishedAt: status === 'published' ? min(-60) : null,
    bylines: [],
    tags: [],
  }).id;

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
});

describe('the next schedule transition', () => {
  it('is null with nothing scheduled, then the soonest publish or unpublish ahead of now', () => {
    expect(nextScheduleTransition(now)).toBeNull();
    const later = article('Đăng sau', 'draft');
    scheduleArticle({ id: later, baseVersion: 1, at: min(30), unpublishAt: min(90), now });
    expect(nextScheduleTransition(now)).toBe(min(30).getTime());
    const live = article('Gỡ sớm', 'published');
    setUnpublishTime({ id: live, baseVersion: 1, at: min(2), now });
    expect(nextScheduleTransition(now)).toBe(min(2).getTime());
    // Past due times are the tick's catch-up work, not a timer's.
    expect(nextScheduleTransition(min(2))).toBe(min(30).getTime());
    expect(nextScheduleTransition(min(30))).toBe(min(90).getTime());
  });

  it('forgets the unpublish time of an article already taken down by hand', () => {
    const live = article('Gỡ tay', 'published');
    setUnpublishTime({ id: live, baseVersion: 1, at: min(1), now });
    expect(nextScheduleTransition(now)).toBe(min(1).getTime());
    changeArticleStatus({ id: live, baseVersion: 2, change: 'unpublish', now });
    expect(nextScheduleTransition(now)).toBe(min(2).getTime());
  });
});
