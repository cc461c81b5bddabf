import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, articleTags, eventArticles, events, media, sections, tags } from '@/db/schema';
import { createArticle } from '@/lib/data/articles/create';
import { listSectionArticles } from '@/lib/data/articles/public-reads';
import { endLive, startLive } from '@/lib/data/live/coverage';
import type { Backfill, FrontCard, FrontContainer, FrontDocument } from '@/lib/domain/front-document';
import { resolveFront } from './resolve';

const now = new Date('2026-11-30T12:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
let news = 0;
let world = 0;
let worldAsia = 0;
let minute = -1000;

type Fields = Partial<Pick<typeof articles.$inferInsert, 'status' | 'publishedAt' | 'scheduledAt' | 'unpublishAt' | 'coverMediaId'>>;
/** A public article; each one newer than the last unless `publishedAt` says otherwise. */
function article(title: string, sectionId = news, fields: Fields = {}): number {
  const id = createArticle({ title, lead: `Sa pô ${title}`, body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  minute += 1;
  db.update(articles).set({ status: 'published', publishedAt: minutes(minute), ...fields }).where(eq(articles.id, id)).run();
  return id;
}

const card = (articleId: number, fields: Partial<FrontCard> = {}): FrontCard => ({
  articleId,
  pinnedUntil: null,
  headline: null,
  lead: null,
  mediaId: null,
  ...fields,
});
let containerCount = 0;
const box = (slots: number, backfill: Backfill, cards: FrontCard[] = [], layout: FrontContainer['layout'] = 'featured'): FrontContainer => ({
  id: `c${++containerCount}`,
  name: `Khối ${containerCount}`,
  showName: true,
  layout,
  slots,
  cards,
  backfill,
});
const front = (...containers: FrontContainer[]): FrontDocument => ({ containers });
const ids = (document: FrontDocument) => resolveFront(document, now).containers.map((c) => c.items.map((item) => item.id));

beforeAll(() => {
  news = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su', position: 1 }).returning().get().id;
  world = db.insert(sections).values({ name: 'Thế giới', slug: 'the-gioi', position: 2 }).returning().get().id;
  worldAsia = db.insert(sections).values({ name: 'Châu Á', slug: 'chau-a', position: 3, parentId: world }).returning().get().id;
});

describe('backfill', () => {
  it('fills free slots newest first and never shows an article twice: higher containers win', () => {
    const a = article('A'), b = article('B'), c = article('C'), d = article('D'), e = article('E');
    expect(ids(front(box(1, { kind: 'latest' }), box(2, { kind: 'latest' }), box(3, { kind: 'section', sectionId: news })))).toEqual([
      [e],
      [d, c],
      [b, a],
    ]);
  });

  it('lets a hand-picked card anywhere beat backfill anywhere, and hand-picked duplicates go to the higher container', () => {
    const old = article('Cũ'), mid = article('Giữa'), newest = article('Mới nhất');
    const resolved = ids(front(box(2, { kind: 'latest' }), box(2, { kind: 'none' }, [card(newest), card(old)]), box(1, { kind: 'none' }, [card(old)])));
    expect(resolved[0]).toEqual([mid, expect.any(Number)]);
    expect(resolved[0]).not.toContain(newest);
    expect(resolved[1]).toEqual([newest, old]);
    expect(resolved[2]).toEqual([]);
    expect(new Set(resolved.flat()).size).toBe(resolved.flat().length);
  });

  it('puts hand-picked cards first, in order, then backfill; never more than the slots', () => {
    const x = article('X'), y = article('Y'), z = article('Z');
    expect(ids(front(box(2, { kind: 'latest' }, [card(x), card(y), card(z)])))).toEqual([[x, y]]);
    const [only] = ids(front(box(3, { kind: 'latest' }, [card(x)])));
    expect(only).toEqual([x, z, y]);
    expect(resolveFront(front(box(3, { kind: 'latest' }, [card(x)])), now).containers[0]!.items.map((i) => i.handPicked)).toEqual([true, false, false]);
  });

  it('takes a section with its subsections, a tag, an event', () => {
    const asia = article('Tin châu Á', worldAsia);
    const globe = article('Tin thế giới', world);
    const tagged = article('Có thẻ');
    const member = article('Trong sự kiện');
    const tagId = db.insert(tags).values({ name: 'Bão', slug: 'bao' }).returning().get().id;
    db.insert(articleTags).values({ articleId: tagged, tagId }).run();
    const eventId = db.insert(events).values({ name: 'Bão số 9', slug: 'bao-so-9' }).returning().get().id;
    db.insert(eventArticles).values({ eventId, articleId: member }).run();
    expect(
      ids(front(box(5, { kind: 'section', sectionId: world }), box(5, { kind: 'tag', tagId }), box(5, { kind: 'event', eventId }))),
    ).toEqual([[globe, asia], [tagged], [member]]);
  });
});

describe('what readers may not see', () => {
  it('drops drafts, takedowns, due unpublishes, schedules not yet due and deleted articles, and backfills their slots', () => {
    const backfilled = article('Thay chỗ');
    const draft = article('Nháp', news, { status: 'draft' });
    const down = article('Đã gỡ', news, { status: 'unpublished' });
    const due = article('Hết hạn', news, { unpublishAt: minutes(-1) });
    const notYet = article('Chưa tới giờ', news, { status: 'scheduled', scheduledAt: minutes(500), publishedAt: minutes(500) });
    const deleted = article('Đã xóa');
    db.delete(articles).where(eq(articles.id, deleted)).run();
    const cards = [draft, down, due, notYet, deleted].map((id) => card(id));
    const [items] = ids(front(box(1, { kind: 'section', sectionId: news }, cards)));
    expect(items).toEqual([backfilled]);
  });

  it('shows a scheduled article once its time has come, as listings do', () => {
    const due = article('Đã tới giờ', news, { status: 'scheduled', scheduledAt: minutes(-1), publishedAt: minutes(-1) });
    expect(ids(front(box(1, { kind: 'none' }, [card(due)])))).toEqual([[due]]);
  });
});

describe('pins', () => {
  it('keeps a card until its pin runs out, then its slot falls back to backfill', () => {
    const sectionId = db.insert(sections).values({ name: 'Ghim', slug: 'ghim' }).returning().get().id;
    const pinned = article('Được ghim', sectionId, { publishedAt: minutes(-5000) });
    const newest = article('Mới nhất', sectionId);
    const document = front(box(1, { kind: 'section', sectionId }, [card(pinned, { pinnedUntil: minutes(10).toISOString() })]));
    expect(resolveFront(document, now).containers[0]!.items).toEqual([
      expect.objectContaining({ id: pinned, handPicked: true, pinnedUntil: minutes(10).toISOString() }),
    ]);
    expect(resolveFront(document, minutes(10)).containers[0]!.items.map((i) => i.id)).toEqual([newest]);
  });
});

describe('overrides', () => {
  it('change headline, lead and photo on the front only', () => {
    const cover = db.insert(media).values({ path: '2026/11/bia.jpg', width: 1600, height: 900, alt: 'Bìa', mimeType: 'image/jpeg' }).returning().get().id;
    const other = db.insert(media).values({ path: '2026/11/khac.jpg', width: 1200, height: 800, alt: 'Ảnh khác', mimeType: 'image/jpeg' }).returning().get().id;
    const id = article('Tít gốc', news, { coverMediaId: cover });
    const overridden = card(id, { headline: 'Tít trang nhất', lead: 'Sa pô riêng', mediaId: other });
    const [item] = resolveFront(front(box(1, { kind: 'none' }, [overridden])), now).containers[0]!.items;
    expect(item).toMatchObject({ title: 'Tít trang nhất', lead: 'Sa pô riêng', photo: { alt: 'Ảnh khác', width: 1200, src: expect.stringContaining('khac') } });
    const [plain] = resolveFront(front(box(1, { kind: 'none' }, [card(id)])), now).containers[0]!.items;
    expect(plain).toMatchObject({ title: 'Tít gốc', lead: 'Sa pô Tít gốc', photo: { alt: 'Bìa' } });
    expect(db.select({ title: articles.title }).from(articles).where(eq(articles.id, id)).get()?.title).toBe('Tít gốc');
  });
});

describe('most read and headings', () => {
  it('takes no articles for a most-read block and links a section block to its section', () => {
    const resolved = resolveFront(front(box(5, { kind: 'latest' }, [], 'most-read'), box(2, { kind: 'section', sectionId: world }, [], 'section-block')), now);
    expect(resolved.containers.map((c) => [c.layout, c.items.length > 0, c.path])).toEqual([
      ['most-read', false, null],
      ['section-block', true, '/the-gioi'],
    ]);
  });
});

describe('live coverage', () => {
  it('badges a card "Trực tiếp" while its coverage is open, hand-picked or backfilled, as the section listing does; not once it ends', () => {
    const sport = db.insert(sections).values({ name: 'Thể thao', slug: 'the-thao', position: 4 }).returning().get().id;
    const picked = article('Trực tiếp chọn tay', sport), filled = article('Trực tiếp tự điền', sport);
    const live = () => {
      const [lead, rest] = resolveFront(front(box(1, { kind: 'none' }, [card(picked)]), box(1, { kind: 'section', sectionId: sport })), now).containers;
      const listed = listSectionArticles([sport], 1, 20).items;
      return { front: [lead!.items[0], rest!.items[0]].map((item) => [item!.id, item!.live ?? false]), listing: listed.map((a) => [a.id, a.live ?? false]) };
    };
    expect(live()).toEqual({ front: [[picked, false], [filled, false]], listing: [[filled, false], [picked, false]] });
    startLive({ articleId: picked, userId: null });
    startLive({ articleId: filled, userId: null });
    expect(live()).toEqual({ front: [[picked, true], [filled, true]], listing: [[filled, true], [picked, true]] });
    endLive({ articleId: picked });
    expect(live()).toEqual({ front: [[picked, false], [filled, true]], listing: [[filled, true], [picked, false]] });
  });
});
