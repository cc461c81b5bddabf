import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, events, media, sections } from '@/db/schema';
import { readArticleCacheScope, tagsForScopes } from './articles/cache-scope';
import { createArticle } from './articles/create';
import { listArticlePublicPaths } from './articles/public-paths';
import { getEventBySlug, listEventArticles, listEventsForArticle } from './event-reads';
import { attachArticle, createEvent, deleteEvent, detachArticle, getEventForAdmin, moveArticle, searchArticlesToAttach, updateEvent, type EventInput } from './events';
import { listFeedArticles } from './feeds';
import { countEventSitemapEntries, listEventSitemapEntries } from './sitemaps';
import { getRenamedSlugPath } from './slug-redirects';

const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000);
let sectionId = 0;

/** An article; `publishedHoursAgo` null makes a draft, a negative number one published in the future. */
function article(title: string, publishedHoursAgo: number | null): number {
  const id = createArticle({ title, lead: 'Sa-pô.', body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  if (publishedHoursAgo !== null) {
    db.update(articles).set({ status: 'published', publishedAt: hoursAgo(publishedHoursAgo) }).where(eq(articles.id, id)).run();
  }
  return id;
}

const input = (name: string, fields: Partial<EventInput> = {}): EventInput => ({
  name,
  slug: '',
  description: null,
  coverMediaId: null,
  ordering: 'time',
  ...fields,
});

function newEvent(name: string, fields: Partial<EventInput> = {}): number {
  const created = createEvent(input(name, fields), null);
  if (!created.ok) throw new Error(created.error);
  return created.id;
}

const titles = (event: { id: number; ordering: 'time' | 'manual' }, page = 1, size = 10) =>
  listEventArticles(event, page, size).items.map((item) => item.title);
const eventOf = (id: number) => db.select({ id: events.id, ordering: events.ordering }).from(events).where(eq(events.id, id)).get()!;

beforeEach(() => {
  db.delete(events).run();
  db.delete(articles).run();
  db.delete(sections).run();
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
});

describe('events: create and edit', () => {
  it('makes the slug from the Vietnamese name, numbers a repeat, and refuses a typed slug another event has', () => {
    const first = createEvent(input('Bão số 3 (Yagi) đổ bộ Quảng Ninh'), null);
    expect(first).toMatchObject({ ok: true, slug: 'bao-so-3-yagi-do-bo-quang-ninh' });
    expect(createEvent(input('Bão số 3 (Yagi) đổ bộ Quảng Ninh'), null)).toMatchObject({ ok: true, slug: 'bao-so-3-yagi-do-bo-quang-ninh-2' });
    expect(createEvent(input('Khác', { slug: 'bao-so-3-yagi-do-bo-quang-ninh' }), null)).toEqual({ ok: false, error: 'slug_taken' });
    expect(createEvent(input('!!!'), null)).toEqual({ ok: false, error: 'no_slug' });
  });

  it('keeps its own slug on an edit, refuses a missing cover photo and reports the old slug', () => {
    const id = newEvent('Đường sắt tốc độ cao');
    expect(updateEvent(id, input('Đường sắt tốc độ cao'))).toMatchObject({ ok: true, slug: 'duong-sat-toc-do-cao' });
    expect(updateEvent(id, input('Đường sắt', { coverMediaId: 999_999 }))).toEqual({ ok: false, error: 'no_cover' });
    expect(updateEvent(id, input('Đường sắt', { slug: 'duong-sat' }))).toMatchObject({ ok: true, slug: 'duong-sat', oldSlug: 'duong-sat-toc-do-cao' });
    expect(updateEvent(999_999, input('Không có'))).toEqual({ ok: false, error: 'not_found' });
  });

  it('leaves a renamed slug leading to the event (kind "event") until a new event takes it or the event goes', () => {
    const id = newEvent('Đường sắt tốc độ cao');
    updateEvent(id, input('Đường sắt', { slug: 'duong-sat' }));
    updateEvent(id, input('Đường sắt Bắc Nam', { slug: 'duong-sat-bac-nam' }));
    expect(getRenamedSlugPath('event', 'duong-sat-toc-do-cao')).toBe('/su-kien/duong-sat-bac-nam');
    expect(getRenamedSlugPath('event', 'duong-sat')).toBe('/su-kien/duong-sat-bac-nam');
    expect(getRenamedSlugPath('event', 'duong-sat-bac-nam')).toBeNull();
    // A section or tag with the same old slug is another kind.
    expect(getRenamedSlugPath('section', 'duong-sat')).toBeNull();
    newEvent('Đường sắt (khác)', { slug: 'duong-sat' });
    expect(getRenamedSlugPath('event', 'duong-sat')).toBeNull();
    deleteEvent(id);
    expect(getRenamedSlugPath('event', 'duong-sat-toc-do-cao')).toBeNull();
  });

  it('shows its cover photo to readers', () => {
    const photo = db.insert(media).values({ path: '2026/11/bao.jpg', mimeType: 'image/jpeg', width: 1600, height: 900, bytes: 1000, alt: 'Sóng lớn' }).returning().get();
    const id = newEvent('Bão', { coverMediaId: photo.id, description: 'Diễn biến cơn bão.' });
    expect(getEventBySlug('bao')).toMatchObject({ id, name: 'Bão', path: '/su-kien/bao', description: 'Diễn biến cơn bão.', cover: { width: 1600, height: 900, alt: 'Sóng lớn' } });
    expect(getEventBySlug('khong-co')).toBeNull();
  });
});

describe('events: members', () => {
  it('lists public members newest first, paginated, and never a draft, a future or an unpublished one', () => {
    const id = newEvent('Bão');
    const ids = [article('Sáng', 3), article('Trưa', 2), article('Chiều', 1), article('Nháp', null), article('Ngày mai', -24)];
    const gone = article('Đã gỡ', 4);
    db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, gone)).run();
    for (const articleId of [...ids, gone]) expect(attachArticle(id, articleId)).toMatchObject({ ok: true });
    expect(titles(eventOf(id))).toEqual(['Chiều', 'Trưa', 'Sáng']);
    expect(listEventArticles(eventOf(id), 2, 2)).toMatchObject({ total: 3, items: [{ title: 'Sáng' }] });
  });

  it('keeps the hand order once switched to it, starting from the time order; Lên/Xuống move one place, not past the ends', () => {
    const id = newEvent('Bầu cử');
    const [a, b, c] = [article('A', 3), article('B', 2), article('C', 1)];
    for (const articleId of [a!, b!, c!]) attachArticle(id, articleId);
    expect(updateEvent(id, input('Bầu cử', { ordering: 'manual' }))).toMatchObject({ ok: true });
    expect(titles(eventOf(id))).toEqual(['C', 'B', 'A']);
    expect(moveArticle(id, a!, 'up')).toMatchObject({ ok: true });
    expect(titles(eventOf(id))).toEqual(['C', 'A', 'B']);
    expect(moveArticle(id, c!, 'up')).toEqual({ ok: false, error: 'at_edge' });
    expect(moveArticle(id, c!, 'down')).toMatchObject({ ok: true });
    expect(titles(eventOf(id))).toEqual(['A', 'C', 'B']);
    // A new member goes on top of the hand order; the newsroom sees the same order as readers.
    const d = article('D', 5);
    attachArticle(id, d);
    expect(titles(eventOf(id))).toEqual(['D', 'A', 'C', 'B']);
    expect(getEventForAdmin(id)?.members.map((m) => m.title)).toEqual(['D', 'A', 'C', 'B']);
    // Back to time order.
    updateEvent(id, input('Bầu cử', { ordering: 'time' }));
    expect(titles(eventOf(id))).toEqual(['C', 'B', 'A', 'D']);
  });

  it('detaches a member, refuses one it does not have, and attaching twice changes nothing', () => {
    const id = newEvent('Bão');
    const a = article('A', 1);
    expect(attachArticle(id, a)).toMatchObject({ ok: true });
    expect(attachArticle(id, a)).toMatchObject({ ok: true });
    expect(getEventForAdmin(id)?.members).toHaveLength(1);
    expect(attachArticle(id, 999_999)).toEqual({ ok: false, error: 'article_not_found' });
    expect(detachArticle(id, a)).toMatchObject({ ok: true, tags: expect.arrayContaining([`event:${id}`, `article:${a}`, 'listings']) });
    expect(detachArticle(id, a)).toEqual({ ok: false, error: 'not_member' });
  });

  it('finds articles to attach by title with or without accents, members left out', () => {
    const id = newEvent('Bão');
    const a = article('Bão số 9 đổ bộ Quảng Ngãi', 1);
    const b = article('Bão số 9 suy yếu', null);
    attachArticle(id, a);
    expect(searchArticlesToAttach(id, 'bao so 9').map((c) => c.id)).toEqual([b]);
    expect(searchArticlesToAttach(id, 'Bão số').map((c) => c.id)).toEqual([b]);
    expect(searchArticlesToAttach(id, '')).toEqual([]);
  });

  it('deleting an event expires its members’ pages and leaves the articles', () => {
    const id = newEvent('Bão');
    const a = article('A', 1);
    attachArticle(id, a);
    expect(deleteEvent(id)).toMatchObject({ ok: true, tags: expect.arrayContaining([`event:${id}`, `article:${a}`]) });
    expect(db.select().from(articles).where(eq(articles.id, a)).get()).toBeDefined();
    expect(deleteEvent(id)).toEqual({ ok: false, error: 'not_found' });
  });
});

describe('events: what readers see around them', () => {
  it('"Cùng sự kiện": the latest other public members of each event, none when there is no other', () => {
    const storm = newEvent('Bão');
    const lonely = newEvent('Một bài');
    const [a, b, c, draft] = [article('A', 3), article('B', 2), article('C', 1), article('Nháp', null)];
    for (const articleId of [a!, b!, c!, draft!]) attachArticle(storm, articleId);
    attachArticle(lonely, a!);
    expect(listEventsForArticle(a!)).toEqual([{ event: { id: storm, name: 'Bão', slug: 'bao', path: '/su-kien/bao' }, articles: [expect.objectContaining({ title: 'C' }), expect.objectContaining({ title: 'B' })] }]);
    expect(listEventsForArticle(c!, 1).flatMap((box) => box.articles.map((item) => item.title))).toEqual(['B']);
  });

  it('an article change expires the events it belongs to, and its takedown refreshes their page and feed behind nginx', () => {
    const id = newEvent('Bão');
    const a = article('A', 1);
    expect(tagsForScopes(readArticleCacheScope(db, a))).not.toContain(`event:${id}`);
    expect(listArticlePublicPaths([a])).not.toContain('/su-kien/bao');
    attachArticle(id, a);
    expect(tagsForScopes(readArticleCacheScope(db, a))).toContain(`event:${id}`);
    expect(listArticlePublicPaths([a])).toEqual(expect.arrayContaining(['/su-kien/bao', '/rss/su-kien/bao.xml']));
  });

  it('feeds and sitemaps list an event only with public articles, and only those', () => {
    const id = newEvent('Bão');
    const draft = article('Nháp', null);
    attachArticle(id, draft);
    article('Ngoài sự kiện', 1);
    expect(countEventSitemapEntries()).toBe(0);
    expect(listEventSitemapEntries(1, 100)).toEqual([]);
    expect(listFeedArticles({ eventId: id })).toEqual([]);
    const a = article('Trong sự kiện', 2);
    attachArticle(id, a);
    expect(countEventSitemapEntries()).toBe(1);
    expect(listEventSitemapEntries(1, 100).map((entry) => entry.path)).toEqual(['/su-kien/bao']);
    expect(listFeedArticles({ eventId: id }).map((item) => item.title)).toEqual(['Trong sự kiện']);
  });
});
