import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, breakingNews, sections } from '@/db/schema';
import { createArticle } from '@/lib/data/articles/create';
import { readArticleCacheScope, tagsForScopes } from '@/lib/data/articles/cache-scope';
import { changeArticleStatus } from '@/lib/data/articles/workflow';
import { articlePlans } from '@/tests/support/query-plans';

// The cached getter reads through unstable_cache; outside Next it is the function itself.
vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));
const {
  clearBreakingNews,
  getBreakingBanner,
  getBreakingNews,
  markBreakingNews,
  nextBreakingExpiry,
  removeExpiredBreakingNews,
} = await import('./breaking-news');

const now = new Date();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
let sectionId = 0;

type Fields = Partial<Pick<typeof articles.$inferInsert, 'status' | 'publishedAt' | 'scheduledAt' | 'unpublishAt'>>;
function article(title: string, fields: Fields = {}): number {
  const id = createArticle({ title, lead: '', body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  db.update(articles).set({ status: 'published', publishedAt: minutes(-60), ...fields }).where(eq(articles.id, id)).run();
  return id;
}

beforeEach(() => {
  db.delete(breakingNews).run();
  sectionId ||= db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
});

describe('marking breaking news', () => {
  it('shows a public article with its headline and path until its expiry', () => {
    const id = article('Động đất mạnh');
    expect(markBreakingNews({ articleId: id, expiresAt: minutes(30), userId: null, now })).toEqual({ ok: true, tags: ['breaking'] });
    const shown = getBreakingNews(now);
    expect(shown).toMatchObject({ articleId: id, title: 'Động đất mạnh', expiresAt: minutes(30).toISOString() });
    expect(shown?.path).toMatch(new RegExp(`^/thoi-su/dong-dat-manh-${id}$`));
  });

  it('reads the banner by its one article, not by walking every public one', () => {
    const id = article('Bão số 3');
    markBreakingNews({ articleId: id, expiresAt: minutes(30), userId: null, now });
    const [plan] = articlePlans(() => expect(getBreakingNews(now)?.articleId).toBe(id));
    expect(plan).toContain('SCAN breaking_news');
    expect(plan).toContain('SEARCH articles USING INTEGER PRIMARY KEY (rowid=?)');
    expect(plan).not.toContain('articles_public_idx');
  });

  it('refuses an expiry that is not ahead', () => {
    const id = article('Quá giờ');
    expect(markBreakingNews({ articleId: id, expiresAt: now, userId: null, now })).toEqual({ ok: false, reason: 'past' });
    expect(getBreakingNews(now)).toBeNull();
  });

  it('refuses articles readers cannot see: drafts, scheduled ones not yet due, unpublished ones, unknown ids', () => {
    const draft = article('Nháp', { status: 'draft', publishedAt: null });
    const notDue = article('Chưa đến giờ', { status: 'scheduled', scheduledAt: minutes(10), publishedAt: minutes(10) });
    const down = article('Đã gỡ', { status: 'unpublished' });
    for (const id of [draft, notDue, down]) {
      expect(markBreakingNews({ articleId: id, expiresAt: minutes(30), userId: null, now })).toEqual({ ok: false, reason: 'not_public' });
    }
    expect(markBreakingNews({ articleId: 999_999, expiresAt: minutes(30), userId: null, now })).toEqual({ ok: false, reason: 'not_found' });
    expect(db.select().from(breakingNews).all()).toEqual([]);
  });

  it('replaces the article breaking before: one at a time', () => {
    const first = article('Tin thứ nhất');
    const second = article('Tin thứ hai');
    markBreakingNews({ articleId: first, expiresAt: minutes(60), userId: null, now });
    markBreakingNews({ articleId: second, expiresAt: minutes(20), userId: null, now });
    expect(getBreakingNews(now)?.articleId).toBe(second);
    expect(db.select({ id: breakingNews.articleId }).from(breakingNews).all()).toEqual([{ id: second }]);
  });
});

describe('leaving the banner', () => {
  it('is never shown after its expiry, even before the scheduler removed it', async () => {
    const id = article('Sắp hết');
    markBreakingNews({ articleId: id, expiresAt: minutes(5), userId: null, now });
    expect(getBreakingNews(minutes(4))?.articleId).toBe(id);
    expect(getBreakingNews(minutes(5))).toBeNull();
    expect(await getBreakingBanner(minutes(4).getTime())).not.toBeNull();
    expect(await getBreakingBanner(minutes(5).getTime())).toBeNull();
  });

  it('is removed by the scheduler at its expiry, which it announces as the next due time', () => {
    const id = article('Hết giờ');
    markBreakingNews({ articleId: id, expiresAt: minutes(5), userId: null, now });
    expect(nextBreakingExpiry(now)).toBe(minutes(5).getTime());
    expect(removeExpiredBreakingNews(minutes(4))).toEqual({ removed: [], tags: [] });
    expect(removeExpiredBreakingNews(minutes(5))).toEqual({ removed: [id], tags: ['breaking'] });
    expect(nextBreakingExpiry(now)).toBeNull();
    expect(removeExpiredBreakingNews(minutes(6))).toEqual({ removed: [], tags: [] });
  });

  it('disappears when its article is unpublished, and the unpublish expires the banner tag', () => {
    const id = article('Sẽ bị gỡ');
    markBreakingNews({ articleId: id, expiresAt: minutes(30), userId: null, now });
    const version = db.select({ v: articles.version }).from(articles).where(eq(articles.id, id)).get()!.v;
    const outcome = changeArticleStatus({ id, baseVersion: version, change: 'unpublish' });
    expect(outcome.ok && outcome.tags).toContain('breaking');
    expect(getBreakingNews()).toBeNull();
  });

  it('is cleared for its own article only: a newer breaking article stays', () => {
    const older = article('Cũ');
    const newer = article('Mới');
    markBreakingNews({ articleId: older, expiresAt: minutes(30), userId: null, now });
    markBreakingNews({ articleId: newer, expiresAt: minutes(30), userId: null, now });
    expect(clearBreakingNews(older)).toEqual({ cleared: false, tags: [] });
    expect(getBreakingNews(now)?.articleId).toBe(newer);
    expect(clearBreakingNews(newer)).toEqual({ cleared: true, tags: ['breaking'] });
    expect(getBreakingNews(now)).toBeNull();
  });
});

describe('cache scope', () => {
  it('expires the banner on a change to the breaking article only', () => {
    const breaking = article('Đang nóng');
    const other = article('Bình thường');
    markBreakingNews({ articleId: breaking, expiresAt: minutes(30), userId: null, now });
    expect(tagsForScopes(readArticleCacheScope(db, breaking))).toContain('breaking');
    expect(tagsForScopes(readArticleCacheScope(db, other))).not.toContain('breaking');
  });
});
