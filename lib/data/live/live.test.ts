import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, authors, livePostRevisions, sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { endLive, getLiveState, startLive } from './coverage';
import { addLivePost, approveLivePost, deleteLivePost, editLivePost, type LivePostFields } from './posts';
import { getLiveChanges, getLivePage, listNewsroomLivePosts } from './reads';

const now = new Date();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

function setup(published = true) {
  const sectionId = (db.select({ id: sections.id }).from(sections).get() ?? db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get()).id;
  const id = createArticle({ title: `Trực tiếp ${Math.random()}`, lead: 'Tóm tắt', body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  if (published) db.update(articles).set({ status: 'published', publishedAt: minutes(-120) }).where(eq(articles.id, id)).run();
  return id;
}

function staff(name: string, role: 'editor' | 'reporter' = 'editor', withAuthor = false): number {
  const id = db.insert(users).values({ email: `${name}-${Math.random()}@toasoan.test`, name, role }).returning().get().id;
  if (withAuthor) db.insert(authors).values({ name: `${name} (tác giả)`, slug: `tg-${id}`, userId: id }).run();
  return id;
}

const text = (t: string, extra: Partial<LivePostFields> = {}): LivePostFields => ({
  title: null,
  body: { type: 'doc', content: [paragraph(t)] },
  keyEvent: false,
  pinned: false,
  ...extra,
});

function post(articleId: number, userId: number, t: string, at: number, extra: Partial<LivePostFields> = {}) {
  const outcome = addLivePost({ articleId, fields: text(t, extra), userId, asDraft: false, now: minutes(at) });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.postId;
}

const bodyText = (p: { body: { content: unknown[] } }) => JSON.stringify(p.body).match(/"text":"([^"]*)"/)?.[1];

describe('starting and ending', () => {
  it('opens, refuses a second start, ends, and reopens keeping the state', () => {
    const id = setup();
    expect(startLive({ articleId: id, userId: null, now: minutes(-60) })).toMatchObject({ ok: true, tags: expect.arrayContaining([`article:${id}`, 'listings']) });
    expect(startLive({ articleId: id, userId: null })).toEqual({ ok: false, reason: 'already_live' });
    expect(getLiveState(id)).toMatchObject({ startedAt: minutes(-60).toISOString(), endedAt: null });
    expect(endLive({ articleId: id, now: minutes(-1) }).ok).toBe(true);
    expect(endLive({ articleId: id })).toEqual({ ok: false, reason: 'not_live' });
    expect(getLiveState(id)?.endedAt).toBe(minutes(-1).toISOString());
    expect(startLive({ articleId: 999_999, userId: null })).toEqual({ ok: false, reason: 'not_found' });
  });

  it('refuses posts on a page that is not live or has ended', () => {
    const id = setup();
    const editor = staff('Biên tập');
    expect(addLivePost({ articleId: id, fields: text('x'), userId: editor, asDraft: false })).toEqual({ ok: false, reason: 'not_live' });
    startLive({ articleId: id, userId: editor });
    endLive({ articleId: id });
    expect(addLivePost({ articleId: id, fields: text('x'), userId: editor, asDraft: false })).toEqual({ ok: false, reason: 'ended' });
  });
});

describe('posts', () => {
  it('lists posts newest first with a cursor for older ones, credited to the author profile or the account', () => {
    const id = setup();
    const withProfile = staff('Lan', 'editor', true);
    const plain = staff('Minh');
    startLive({ articleId: id, userId: withProfile, now: minutes(-60) });
    const ids = Array.from({ length: 5 }, (_, i) => post(id, i % 2 ? plain : withProfile, `Cập nhật ${i}`, -50 + i));
    const first = getLivePage(id, undefined, 2)!;
    expect(first.posts.map((p) => p.id)).toEqual([ids[4], ids[3]]);
    expect(first.posts.map((p) => p.author)).toEqual(['Lan (tác giả)', 'Minh']);
    expect(first.olderBefore).toBe(ids[3]);
    const second = getLivePage(id, first.olderBefore!, 2)!;
    expect(second.posts.map((p) => p.id)).toEqual([ids[2], ids[1]]);
    const last = getLivePage(id, second.olderBefore!, 2)!;
    expect(last.posts.map((p) => p.id)).toEqual([ids[0]]);
    expect(last.olderBefore).toBeNull();
    expect(getLivePage(id, 999_999)).toBeNull();
  });

  it('lets two editors post at once without conflict', () => {
    const id = setup();
    const [a, b] = [staff('A'), staff('B')];
    startLive({ articleId: id, userId: a });
    const first = addLivePost({ articleId: id, fields: text('Từ A'), userId: a, asDraft: false, now });
    const second = addLivePost({ articleId: id, fields: text('Từ B'), userId: b, asDraft: false, now });
    expect(first.ok && second.ok).toBe(true);
    expect(getLivePage(id)!.posts.map(bodyText).sort()).toEqual(['Từ A', 'Từ B']);
  });

  it('lists key events and keeps one pinned post', () => {
    const id = setup();
    const editor = staff('E');
    startLive({ articleId: id, userId: editor });
    const goal = post(id, editor, 'Bàn thắng phút 12 của đội tuyển', -30, { keyEvent: true });
    const titled = post(id, editor, 'Thẻ đỏ', -20, { keyEvent: true, title: 'Thẻ đỏ cho số 5' });
    const pinnedFirst = post(id, editor, 'Ghim một', -10, { pinned: true });
    const pinnedSecond = post(id, editor, 'Ghim hai', -5, { pinned: true });
    const page = getLivePage(id)!;
    expect(page.keyEvents.map((k) => [k.id, k.title])).toEqual([
      [titled, 'Thẻ đỏ cho số 5'],
      [goal, 'Bàn thắng phút 12 của đội tuyển'],
    ]);
    expect(page.pinned?.id).toBe(pinnedSecond);
    expect(page.posts.find((p) => p.id === pinnedFirst)?.pinned).toBe(false);
  });

  it('versions edits, refuses a stale one, and keeps every revision', () => {
    const id = setup();
    const editor = staff('E');
    startLive({ articleId: id, userId: editor });
    const postId = post(id, editor, 'Bản đầu', -5);
    expect(editLivePost({ postId, baseVersion: 1, fields: text('Bản hai'), userId: editor }).ok).toBe(true);
    expect(editLivePost({ postId, baseVersion: 1, fields: text('Bản cũ'), userId: editor })).toEqual({ ok: false, reason: 'conflict' });
    expect(bodyText(getLivePage(id)!.posts[0]!)).toBe('Bản hai');
    expect(db.select().from(livePostRevisions).where(eq(livePostRevisions.postId, postId)).all().map((r) => r.version)).toEqual([1, 2]);
  });

  it("holds a reporter's draft off the page until an editor approves it", () => {
    const id = setup();
    const reporter = staff('PV', 'reporter');
    startLive({ articleId: id, userId: null });
    const draft = addLivePost({ articleId: id, fields: text('Tin hiện trường', { pinned: true }), userId: reporter, asDraft: true, now: minutes(-10) });
    expect(draft).toMatchObject({ ok: true, status: 'draft', tags: [] });
    const postId = draft.ok ? draft.postId : 0;
    expect(getLivePage(id)!.posts).toEqual([]);
    expect(listNewsroomLivePosts(id)).toMatchObject([{ id: postId, status: 'draft', pinned: false }]);
    expect(approveLivePost({ postId, now: minutes(-1) })).toMatchObject({ ok: true, tags: [`article:${id}`] });
    expect(approveLivePost({ postId })).toEqual({ ok: false, reason: 'not_draft' });
    expect(getLivePage(id)!.posts).toMatchObject([{ id: postId, publishedAt: minutes(-1).toISOString() }]);
  });

  it('shows nothing for an article readers cannot see', () => {
    const id = setup(false);
    startLive({ articleId: id, userId: null });
    expect(getLivePage(id)).toBeNull();
    expect(getLiveChanges(id, 0)).toBeNull();
  });
});

describe('polling for changes', () => {
  it('reports new, edited and deleted posts after a change number, and the end', () => {
    const id = setup();
    const editor = staff('E');
    startLive({ articleId: id, userId: editor });
    const a = post(id, editor, 'Một', -3);
    const seen = getLiveChanges(id, 0)!;
    expect(seen.posts.map((p) => p.id)).toEqual([a]);
    expect(getLiveChanges(id, seen.changeSeq)).toEqual({ posts: [], removed: [], changeSeq: seen.changeSeq, endedAt: null });

    const b = post(id, editor, 'Hai', -2);
    editLivePost({ postId: a, baseVersion: 1, fields: text('Một (sửa)'), userId: editor });
    const reporter = staff('PV', 'reporter');
    addLivePost({ articleId: id, fields: text('Nháp'), userId: reporter, asDraft: true });
    const next = getLiveChanges(id, seen.changeSeq)!;
    expect(next.posts.map((p) => [p.id, bodyText(p)])).toEqual([
      [b, 'Hai'],
      [a, 'Một (sửa)'],
    ]);
    expect(next.posts[0]).not.toHaveProperty('createdBy');

    deleteLivePost({ postId: b });
    endLive({ articleId: id });
    const last = getLiveChanges(id, next.changeSeq)!;
    expect(last.removed).toEqual([b]);
    expect(last.endedAt).not.toBeNull();
    expect(getLivePage(id)!.posts.map((p) => p.id)).toEqual([a]);
  });

  it('reads changes through the (article_id, change_seq) index', () => {
    const plan = db.$client
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM live_posts WHERE article_id = 1 AND change_seq > 5 AND status = 'published' ORDER BY change_seq",
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/live_posts_article_change_idx/);
  });
});

describe('the news sitemap', () => {
  it('lists a live page published long ago while its coverage is open, and not after it ends', async () => {
    const { listNewsSitemapArticles } = await import('@/lib/data/sitemaps');
    const id = setup();
    const since = minutes(-60);
    const listed = () => listNewsSitemapArticles(since, 1000).some((item) => item.path.endsWith(`-${id}`));
    expect(listed()).toBe(false);
    startLive({ articleId: id, userId: null });
    expect(listed()).toBe(true);
    endLive({ articleId: id });
    expect(listed()).toBe(false);
  });
});
