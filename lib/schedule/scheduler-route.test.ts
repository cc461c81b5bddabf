import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { articles, breakingNews, sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { publishFront } from '@/lib/data/fronts/store';
import { HOME_FRONT_KEY } from '@/lib/domain/front-document';
import { schedulerToken } from './scheduler-token';

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidateTag, unstable_cache: (fn: unknown) => fn }));
vi.mock('next/server', () => ({ after: vi.fn() }));
const { POST } = await import('@/app/api/internal/scheduler/route');

let overdue = 0;
let sectionId = 0;
beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  // Fell due while the server was down: the first call after start-up must catch it up.
  overdue = createArticle({
    title: 'Quá giờ',
    lead: '',
    body: { type: 'doc', content: [paragraph('x')] },
    status: 'scheduled',
    sectionId,
    publishedAt: null,
    bylines: [],
    tags: [],
  }).id;
  db.update(articles).set({ scheduledAt: new Date(Date.now() - 3_600_000) }).where(eq(articles.id, overdue)).run();
});

const call = (token?: string) =>
  POST(new Request('http://127.0.0.1/api/internal/scheduler', { method: 'POST', headers: token ? { 'x-scheduler-token': token } : {} }));

describe('the scheduler route', () => {
  it('refuses calls without this process token and changes nothing', async () => {
    schedulerToken();
    expect((await call()).status).toBe(404);
    expect((await call('forged-token')).status).toBe(404);
    expect(db.select().from(articles).where(eq(articles.id, overdue)).get()!.status).toBe('scheduled');
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('with the token, catches up overdue articles and expires their tags at once', async () => {
    const response = await call(schedulerToken());
    expect(await response.json()).toEqual({ published: 1, unpublished: 0, nextDueAt: null });
    expect(db.select().from(articles).where(eq(articles.id, overdue)).get()!.status).toBe('published');
    expect(revalidateTag).toHaveBeenCalledWith(`article:${overdue}`, { expire: 0 });
  });

  it('called just ahead of a due unpublish, waits for the instant and flips it then', async () => {
    const live = createArticle({
      title: 'Gỡ đúng giờ',
      lead: '',
      body: { type: 'doc', content: [paragraph('x')] },
      status: 'published',
      sectionId,
      publishedAt: new Date(Date.now() - 60_000),
      bylines: [],
      tags: [],
    }).id;
    const due = Date.now() + 300;
    db.update(articles).set({ unpublishAt: new Date(due) }).where(eq(articles.id, live)).run();
    const response = await POST(
      new Request('http://127.0.0.1/api/internal/scheduler', {
        method: 'POST',
        headers: { 'x-scheduler-token': schedulerToken(), 'x-scheduler-due': String(due) },
      }),
    );
    expect(Date.now()).toBeGreaterThanOrEqual(due);
    expect(await response.json()).toEqual({ published: 0, unpublished: 1, nextDueAt: null });
    expect(db.select().from(articles).where(eq(articles.id, live)).get()!.status).toBe('unpublished');
  });

  it('takes the breaking-news banner down at its expiry and answers that expiry as the next due time', async () => {
    const live = createArticle({
      title: 'Tin nóng hết giờ',
      lead: '',
      body: { type: 'doc', content: [paragraph('x')] },
      status: 'published',
      sectionId,
      publishedAt: new Date(Date.now() - 60_000),
      bylines: [],
      tags: [],
    }).id;
    const expiry = Date.now() + 60_000;
    db.insert(breakingNews).values({ articleId: live, expiresAt: new Date(expiry) }).run();
    revalidateTag.mockClear();
    expect(await (await call(schedulerToken())).json()).toMatchObject({ nextDueAt: expiry });
    expect(revalidateTag).not.toHaveBeenCalledWith('breaking', { expire: 0 });

    db.update(breakingNews).set({ expiresAt: new Date(Date.now() - 1) }).run();
    expect(await (await call(schedulerToken())).json()).toMatchObject({ nextDueAt: null });
    expect(revalidateTag).toHaveBeenCalledWith('breaking', { expire: 0 });
    expect(db.select().from(breakingNews).all()).toEqual([]);
  });

  it("expires a front's tag once when a pinned card's pin runs out, having answered that time as due", async () => {
    const pinned = createArticle({ title: 'Ghim', lead: '', body: { type: 'doc', content: [paragraph('x')] }, status: 'published', sectionId, publishedAt: new Date(), bylines: [], tags: [] }).id;
    const pinEnds = Date.now() + 400;
    const card = { articleId: pinned, pinnedUntil: new Date(pinEnds).toISOString(), headline: null, lead: null, mediaId: null };
    const container = { id: 'a', name: 'Tiêu điểm', showName: true, layout: 'featured' as const, slots: 1, cards: [card], backfill: { kind: 'latest' as const } };
    publishFront(HOME_FRONT_KEY, { containers: [container] }, 0, null);
    revalidateTag.mockClear();
    expect(await (await call(schedulerToken())).json()).toMatchObject({ nextDueAt: pinEnds });
    expect(revalidateTag).not.toHaveBeenCalledWith('front:home', { expire: 0 });

    await new Promise((resolve) => setTimeout(resolve, pinEnds - Date.now() + 1));
    expect(await (await call(schedulerToken())).json()).toMatchObject({ nextDueAt: null });
    expect(revalidateTag).toHaveBeenCalledWith('front:home', { expire: 0 });
    revalidateTag.mockClear();
    await call(schedulerToken());
    expect(revalidateTag).not.toHaveBeenCalledWith('front:home', { expire: 0 });
  });
});
