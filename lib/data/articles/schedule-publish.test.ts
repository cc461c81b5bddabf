import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { createArticle } from './create';
import { cancelSchedule, scheduleArticle } from './schedule';
import { saveArticle } from './save';
import type { ArticleSnapshot } from './snapshot';

let sectionId = 0;
let userId = 0;
const row = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!;

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  userId = db.insert(users).values({ email: 'bt@toasoan.test', name: 'Biên tập' }).returning().get().id;
});

const snapshot = (): ArticleSnapshot => ({
  title: 'Bài hẹn giờ',
  slug: '',
  lead: 'Sa-pô',
  body: { type: 'doc', content: [paragraph('Đoạn một.')] },
  sectionId: sectionId,
  coverMediaId: null,
  tags: [],
  bylines: [],
  seoTitle: '',
  seoDescription: '',
});

describe('a scheduled article handled by hand', () => {
  it('published now goes live now, not at its scheduled time', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    const now = new Date('2026-11-25T03:00:00Z');
    scheduleArticle({ id, baseVersion: 1, at: new Date('2026-11-26T03:00:00Z'), unpublishAt: null, now });
    const published = saveArticle({ id, baseVersion: 2, snapshot: snapshot(), intent: 'publish', userId, now });
    expect(published.ok).toBe(true);
    expect(row(id)).toMatchObject({ status: 'published', publishedAt: now, scheduledAt: null });
  });

  it('cancelled keeps no publication date, so a later publish is dated then', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    scheduleArticle({ id, baseVersion: 1, at: new Date('2026-11-26T03:00:00Z'), unpublishAt: null });
    cancelSchedule({ id, baseVersion: 2 });
    expect(row(id)).toMatchObject({ status: 'draft', publishedAt: null, scheduledAt: null });
  });
});
