import { beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections } from '@/db/schema';
import { createArticle } from './create';
import { isPublic, isPublicRow, listLatestArticles, listRelatedArticles, listSectionArticles, selectSectionSummaries } from './public-reads';

// Relative to the clock: the listing functions read the real time.
const now = new Date();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
let sectionId = 0;
const ids: Record<string, number> = {};

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  const base = { lead: '', body: { type: 'doc' as const, content: [] }, sectionId: sectionId };
  type Fields = Partial<Pick<typeof articles.$inferInsert, 'status' | 'publishedAt' | 'scheduledAt' | 'unpublishAt'>>;
  const make = (title: string, fields: Fields) => {
    const id = createArticle({ ...base, title, status: 'draft' }).id;
    db.update(articles).set({ status: 'published', publishedAt: minutes(-60), ...fields }).where(eq(articles.id, id)).run();
    ids[title] = id;
  };
  make('published', { publishedAt: minutes(-30) });
  make('published later', { publishedAt: minutes(30) });
  // Scheduling sets publishedAt to the scheduled time (lib/data/article-schedule.ts).
  make('scheduled, due', { status: 'scheduled', scheduledAt: minutes(-10), publishedAt: minutes(-10) });
  make('scheduled, not due', { status: 'scheduled', scheduledAt: minutes(10), publishedAt: minutes(10) });
  make('unpublish due', { unpublishAt: minutes(-1) });
  make('unpublish not due', { publishedAt: minutes(-50), unpublishAt: minutes(5) });
  make('draft', { status: 'draft', publishedAt: null });
  make('unpublished', { status: 'unpublished' });
});

const publicTitles = () =>
  db
    .select({ title: articles.title })
    .from(articles)
    .where(isPublic(now))
    .orderBy(desc(articles.publishedAt))
    .all()
    .map((row) => row.title);

describe('isPublic', () => {
  it('shows published and due articles only, newest first', () => {
    expect(publicTitles()).toEqual(['scheduled, due', 'published', 'unpublish not due']);
  });

  it('agrees with isPublicRow on every row', () => {
    for (const row of db.select().from(articles).all()) {
      const inSql = db.select({ id: articles.id }).from(articles).where(and(eq(articles.id, row.id), isPublic(now))).get();
      expect(isPublicRow(row, now), row.title).toBe(inSql !== undefined);
    }
  });
});

// The listings must read newest first from a covering index and stop after a page; a plan that
// sorts the whole section made every uncached article page ~30 ms slower on 100,000 articles.
function plan(where: SQL): string {
  const query = db
    .select({ id: articles.id })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(12)
    .toSQL();
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
  return rows.map((row) => row.detail).join('\n');
}

describe('listing query plans', () => {
  it('walk the covering public indexes without sorting the table', () => {
    const section = plan(and(isPublic(now), eq(articles.sectionId, sectionId))!);
    expect(section).toContain('COVERING INDEX articles_section_public_idx (section_id=? AND published_at<?)');
    expect(section).not.toMatch(/TEMP B-TREE FOR ORDER BY/);

    const latest = plan(isPublic(now));
    expect(latest).toContain('COVERING INDEX articles_public_idx (published_at<?)');
    expect(latest).not.toMatch(/TEMP B-TREE FOR ORDER BY/);

    const sections = plan(and(isPublic(now), inArray(articles.sectionId, [sectionId, sectionId + 1]))!);
    expect(sections).toContain('COVERING INDEX articles_section_public_idx');
  });

  it('return what isPublic allows', () => {
    expect(listLatestArticles(10).map((a) => a.title)).toEqual(expect.arrayContaining(['published', 'scheduled, due']));
    expect(listSectionArticles([sectionId], 1, 10).total).toBeGreaterThanOrEqual(2);
    expect(listRelatedArticles(ids['published']!, sectionId, 4).map((a) => a.title)).not.toContain('published');
  });
});

describe('a section with its subsections', () => {
  it('pages through both newest first exactly as one sorted query would, reading each section by its index', () => {
    const parent = db.insert(sections).values({ name: 'Quốc phòng', slug: 'quoc-phong' }).returning().get().id;
    const child = db.insert(sections).values({ name: 'Công nghiệp quốc phòng', slug: 'cong-nghiep-quoc-phong', parentId: parent }).returning().get().id;
    // Written out of order, two in the same minute (the id breaks the tie), one not public yet.
    const times: [number, number][] = [[child, -4], [parent, -9], [parent, -2], [child, -8], [parent, -7], [child, -3], [child, -7], [parent, -5], [child, 5]];
    for (const [section, at] of times) {
      const id = createArticle({ title: `Bài ${at}`, lead: '', body: { type: 'doc', content: [] }, sectionId: section, status: 'draft' }).id;
      db.update(articles).set({ status: 'published', publishedAt: minutes(at) }).where(eq(articles.id, id)).run();
    }
    const both = [parent, child];
    const sorted = db.select({ id: articles.id }).from(articles).where(and(isPublic(), inArray(articles.sectionId, both))).orderBy(desc(articles.publishedAt), desc(articles.id)).all().map((row) => row.id);
    expect(sorted).toHaveLength(8);
    const pages = [1, 2, 3, 4].map((page) => listSectionArticles(both, page, 3));
    expect(pages.map((page) => page.items.map((item) => item.id))).toEqual([sorted.slice(0, 3), sorted.slice(3, 6), sorted.slice(6), []]);
    expect(pages[0]!.total).toBe(8);
    // A front's backfill: what is shown higher on the page left out.
    expect(selectSectionSummaries(both, and(isPublic(), notInArray(articles.id, sorted.slice(0, 2)))!, 3).map((item) => item.id)).toEqual(sorted.slice(2, 5));
  });
});
