import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, media, sections, users } from '@/db/schema';
import { figure, paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { renderLiveFeed } from '@/lib/seo/feed-channel';
import { endLive, startLive } from './coverage';
import { addLivePost, deleteLivePost, editLivePost, type LivePostFields } from './posts';
import { getLiveFeed } from './reads';

const now = new Date();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const fields = (text: string, title: string | null = null): LivePostFields => ({ title, body: { type: 'doc', content: [paragraph(text)] }, keyEvent: false, pinned: false });

function liveArticle(): { id: number; editor: number } {
  const sectionId = db.insert(sections).values({ name: 'Quốc phòng', slug: `quoc-phong-${Math.random().toString(36).slice(2)}` }).returning().get().id;
  const id = createArticle({ title: 'Trực tiếp diễu binh', lead: 'Tóm tắt', body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  db.update(articles).set({ status: 'published', publishedAt: minutes(-120) }).where(eq(articles.id, id)).run();
  const editor = db.insert(users).values({ email: `bt-${Math.random()}@toasoan.test`, name: 'Biên Tập Feed', role: 'editor' }).returning().get().id;
  startLive({ articleId: id, userId: editor, now: minutes(-60) });
  return { id, editor };
}

function post(articleId: number, editor: number, text: string, at: number, title: string | null = null, asDraft = false): number {
  const outcome = addLivePost({ articleId, fields: fields(text, title), userId: editor, asDraft, now: minutes(at) });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.postId;
}

describe("a live page's feed", () => {
  it('lists the published posts newest first, without drafts or deleted posts, and moves its time on every change readers see', () => {
    const { id, editor } = liveArticle();
    expect(getLiveFeed(id)).toEqual({ posts: [], changedAt: minutes(-60).toISOString() });
    const first = post(id, editor, 'Đoàn xe bắt đầu', -50);
    const second = post(id, editor, 'Khối không quân bay qua', -40);
    post(id, editor, 'Bản nháp của phóng viên', -35, null, true);
    const gone = post(id, editor, 'Đăng nhầm', -30);
    expect(getLiveFeed(id)!.posts.map((p) => p.id)).toEqual([gone, second, first]);
    expect(getLiveFeed(id)!.changedAt).toBe(minutes(-30).toISOString());

    // Deleting the newest post leaves older ones, but the feed changed: its time is the deletion's.
    deleteLivePost({ postId: gone, now: minutes(-20) });
    expect(getLiveFeed(id)).toMatchObject({ posts: [{ id: second }, { id: first }], changedAt: minutes(-20).toISOString() });
    editLivePost({ postId: first, baseVersion: 1, fields: fields('Đoàn xe bắt đầu (đã sửa)'), userId: editor, now: minutes(-10) });
    expect(getLiveFeed(id)!.changedAt).toBe(minutes(-10).toISOString());
    endLive({ articleId: id, now: minutes(-5) });
    expect(getLiveFeed(id)!.changedAt).toBe(minutes(-5).toISOString());
    expect(getLiveFeed(id, 1)!.posts.map((p) => p.id)).toEqual([second]);
  });

  it('has no feed for an article that is not public or never was live', () => {
    const { id } = liveArticle();
    const never = createArticle({ title: 'Bài thường', lead: '', body: { type: 'doc', content: [] }, sectionId: db.select().from(sections).get()!.id, status: 'draft' }).id;
    db.update(articles).set({ status: 'published', publishedAt: minutes(-5) }).where(eq(articles.id, never)).run();
    expect(getLiveFeed(never)).toBeNull();
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, id)).run();
    expect(getLiveFeed(id)).toBeNull();
  });

  it('renders as RSS a feed reader parses: each item links to its post on the page, with its time, headline and text', async () => {
    const { id, editor } = liveArticle();
    const first = post(id, editor, 'Đoàn xe bắt đầu <tiến> & chào', -50, 'Khai mạc');
    const second = post(id, editor, 'Khối không quân bay qua\n\nRồi hạ cánh', -40);
    const feed = getLiveFeed(id)!;
    const xml = renderLiveFeed({
      title: 'Trực tiếp diễu binh — Tường thuật trực tiếp',
      description: 'Tóm tắt',
      pagePath: `/quoc-phong/truc-tiep-dieu-binh-${id}`,
      feedPath: `/rss/truc-tiep/${id}.xml`,
      headline: 'Trực tiếp diễu binh',
      section: { name: 'Quốc phòng', path: '/quoc-phong' },
      posts: feed.posts,
      changedAt: feed.changedAt,
    });
    const parsed = await new Parser().parseString(xml);
    expect(parsed.title).toBe('Trực tiếp diễu binh — Tường thuật trực tiếp');
    expect(parsed.link).toBe(`http://localhost:3000/quoc-phong/truc-tiep-dieu-binh-${id}`);
    expect(parsed.lastBuildDate).toBe(minutes(-40).toUTCString());
    expect(parsed.items.map((item) => item.link)).toEqual([second, first].map((p) => `http://localhost:3000/quoc-phong/truc-tiep-dieu-binh-${id}#post-${p}`));
    const [newest, oldest] = parsed.items;
    expect(newest).toMatchObject({ title: 'Khối không quân bay qua', guid: newest!.link, creator: 'Biên Tập Feed', content: expect.stringContaining('Rồi hạ cánh') });
    expect(new Date(newest!.pubDate!).toUTCString()).toBe(minutes(-40).toUTCString());
    expect(oldest).toMatchObject({ title: 'Khai mạc', content: 'Đoàn xe bắt đầu &lt;tiến&gt; &amp; chào' });
    expect(parsed.items.map((item) => item.enclosure)).toEqual([undefined, undefined]);
  });

  it("gives a post with photos its first one as the enclosure: the stored original's URL, type and byte length", async () => {
    const { id, editor } = liveArticle();
    const photo = (path: string, mimeType: string, bytes: number) =>
      db.insert(media).values({ path, width: 2400, height: 1600, mimeType, bytes }).returning().get().id;
    const first = photo('2026/11/doan-xe.jpg', 'image/jpeg', 482_113);
    const second = photo('2026/11/khoi-khong-quan.png', 'image/png', 90_210);
    const body = { type: 'doc' as const, content: [paragraph('Đoàn xe qua lễ đài'), figure('Đoàn xe', '', first), figure('Máy bay', '', second)] };
    const outcome = addLivePost({ articleId: id, fields: { title: null, body, keyEvent: false, pinned: false }, userId: editor, asDraft: false, now: minutes(-20) });
    if (!outcome.ok) throw new Error(outcome.reason);
    post(id, editor, 'Không có ảnh', -10);
    const feed = getLiveFeed(id)!;
    expect(feed.posts.map((p) => p.photo)).toEqual([null, { src: '/media/2026/11/doan-xe.jpg', mimeType: 'image/jpeg', bytes: 482_113 }]);
    const parsed = await new Parser().parseString(
      renderLiveFeed({ title: 'Trực tiếp', description: '', pagePath: `/quoc-phong/truc-tiep-${id}`, feedPath: `/rss/truc-tiep/${id}.xml`, headline: 'Trực tiếp', section: { name: 'Quốc phòng', path: '/quoc-phong' }, posts: feed.posts, changedAt: feed.changedAt }),
    );
    expect(parsed.items.map((item) => item.enclosure)).toEqual([undefined, { url: 'http://localhost:3000/media/2026/11/doan-xe.jpg', type: 'image/jpeg', length: '482113' }]);
  });
});
