import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { HOUR_MS } from '@/lib/views/view-buffer';
import { createArticle } from '@/lib/data/articles/create';
import { addViewCounts, listMostRead } from './views';

const now = Date.UTC(2026, 10, 25, 12);
const hour = Math.floor(now / HOUR_MS);
let a = 0;
let b = 0;
let draft = 0;

beforeAll(() => {
  const sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  const base = { lead: '', body: { type: 'doc' as const, content: [] }, sectionId, publishedAt: new Date(now - 5 * HOUR_MS) };
  a = createArticle({ ...base, title: 'Bài A', status: 'published' }).id;
  b = createArticle({ ...base, title: 'Bài B', status: 'published' }).id;
  draft = createArticle({ ...base, title: 'Bản nháp', status: 'draft' }).id;
});

describe('most read', () => {
  it('ranks by views within the window and hides unpublished articles', () => {
    addViewCounts([
      { articleId: a, hour, views: 3 },
      { articleId: b, hour, views: 5 },
      { articleId: a, hour: hour - 48, views: 10 },
      { articleId: draft, hour, views: 100 },
      { articleId: 999_999, hour, views: 7 },
    ]);
    addViewCounts([{ articleId: a, hour, views: 1 }]);
    expect(listMostRead(24, 5, now).map((item) => [item.title, item.views])).toEqual([
      ['Bài B', 5],
      ['Bài A', 4],
    ]);
    expect(listMostRead(24 * 7, 5, now).map((item) => [item.title, item.views])).toEqual([
      ['Bài A', 14],
      ['Bài B', 5],
    ]);
  });
});
