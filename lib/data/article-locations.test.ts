import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, categories } from '@/db/schema';
import { createArticle } from './article-writes';
import { getPublicArticlePath } from './article-locations';

const now = new Date();
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let published = 0;
let scheduled = 0;
let draft = 0;

beforeAll(() => {
  const categoryId = db.insert(categories).values({ name: 'Kinh tế', slug: 'kinh-te' }).returning().get().id;
  const base = { lead: '', body: { type: 'doc' as const, content: [] }, categoryId };
  published = createArticle({ ...base, title: 'Giá vàng hôm nay', status: 'published', publishedAt: at(-5) }).id;
  scheduled = createArticle({ ...base, title: 'Lãi suất tháng tới', status: 'draft' }).id;
  db.update(articles).set({ status: 'scheduled', scheduledAt: at(10), publishedAt: at(10) }).where(eq(articles.id, scheduled)).run();
  draft = createArticle({ ...base, title: 'Bản nháp', status: 'draft' }).id;
});

describe('getPublicArticlePath', () => {
  it('gives the canonical path of a public article', () => {
    expect(getPublicArticlePath(published, now)).toBe(`/kinh-te/gia-vang-hom-nay-${published}`);
  });

  it('binds the time: a scheduled article has a path only once it is due', () => {
    expect(getPublicArticlePath(scheduled, now)).toBeNull();
    expect(getPublicArticlePath(scheduled, at(11))).toBe(`/kinh-te/lai-suat-thang-toi-${scheduled}`);
    expect(getPublicArticlePath(published, at(-6))).toBeNull();
  });

  it('has none for drafts and unknown ids', () => {
    expect(getPublicArticlePath(draft, now)).toBeNull();
    expect(getPublicArticlePath(999_999, now)).toBeNull();
  });
});
