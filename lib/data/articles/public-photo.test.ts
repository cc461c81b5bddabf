import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, media } from '@/db/schema';
import { figure, paragraph, type BlockNode } from '@/lib/article-body/schema';
import { createArticle } from './create';
import { getPublicArticle, listLatestArticles, listSectionArticles } from './public-reads';

// The photo that stands for an article on the front and in link previews: cover → first body
// photo → none; a listing page costs one query for the cards and one for the body photos.

let sectionId = 0;
const photos: Record<string, number> = {};
const ids: Record<string, number> = {};

function addPhoto(name: string, width: number, height: number): number {
  const row = { path: `2026/11/${name}.jpg`, width, height, alt: `Ảnh ${name}`, mimeType: 'image/jpeg' };
  return db.insert(media).values(row).returning({ id: media.id }).get().id;
}

function publish(title: string, blocks: BlockNode[], coverMediaId: number | null = null, hoursAgo = 1): number {
  const id = createArticle({ title, lead: '', body: { type: 'doc', content: blocks }, status: 'draft', sectionId: sectionId }).id;
  const publishedAt = new Date(Date.now() - hoursAgo * 3_600_000);
  db.update(articles).set({ status: 'published', publishedAt, coverMediaId }).where(eq(articles.id, id)).run();
  return id;
}

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Văn hóa', slug: 'van-hoa' }).returning().get().id;
  photos.cover = addPhoto('bia', 2400, 1600);
  photos.first = addPhoto('dau', 1600, 900);
  photos.second = addPhoto('sau', 800, 600);
  ids.cover = publish('Có ảnh đại diện', [figure('Chú thích', '', photos.first)], photos.cover, 1);
  // A lost photo (placeholder, mediaId null) comes first: the first figure that has a photo counts.
  ids.body = publish('Chỉ có ảnh trong bài', [paragraph('Mở đầu.'), figure('Ảnh đã mất'), figure('Ảnh đầu', '', photos.first), figure('Ảnh sau', '', photos.second)], null, 2);
  ids.none = publish('Không có ảnh', [paragraph('Chỉ có chữ.'), figure('Ảnh đã mất')], null, 3);
  // A body SQLite cannot read as JSON costs the card its photo, never the listing.
  ids.broken = publish('Thân bài hỏng', [paragraph('Sẽ bị hỏng.')], null, 4);
  db.$client.prepare('UPDATE articles SET body = ? WHERE id = ?').run('{"type":"doc","content":[{"type":"figure"', ids.broken);
});

describe('the article photo', () => {
  it('is the cover, else the first body photo, else none, in the listing query', () => {
    const byTitle = new Map(listLatestArticles(10).map((a) => [a.title, a.photo]));
    expect(byTitle.get('Có ảnh đại diện')).toMatchObject({ src: '/media/2026/11/bia.jpg', width: 2400, height: 1600, alt: 'Ảnh bia' });
    expect(byTitle.get('Chỉ có ảnh trong bài')).toMatchObject({ src: '/media/2026/11/dau.jpg', width: 1600, height: 900, alt: 'Ảnh dau' });
    expect(byTitle.get('Không có ảnh')).toBeNull();
    expect(byTitle.get('Thân bài hỏng')).toBeNull();
  });

  it('costs a listing one more query for all its cards without a cover, none when every card has one', () => {
    const prepare = vi.spyOn(db.$client, 'prepare');
    expect(listLatestArticles(10)).toHaveLength(4);
    expect(prepare).toHaveBeenCalledTimes(2);
    prepare.mockClear();
    expect(listLatestArticles(1)[0]?.title).toBe('Có ảnh đại diện');
    expect(prepare).toHaveBeenCalledTimes(1);
    prepare.mockRestore();
  });

  it('comes with a srcset of the stored variants, never wider than the photo', () => {
    const [first] = listSectionArticles([sectionId], 1, 1).items;
    expect(first?.photo?.srcSet).toBe(
      ['320', '640', '960', '1280', '1920'].map((w) => `/media/2026/11/bia-${w}.webp ${w}w`).join(', '),
    );
    const body = listLatestArticles(10).find((a) => a.id === ids.body);
    expect(body?.photo?.srcSet).toBe('/media/2026/11/dau-320.webp 320w, /media/2026/11/dau-640.webp 640w, /media/2026/11/dau-960.webp 960w, /media/2026/11/dau-1280.webp 1280w, /media/2026/11/dau-1600.webp 1600w');
  });

  it('is the same on the article page, which share images and JSON-LD read', () => {
    expect(getPublicArticle(ids.body!)?.photo?.src).toBe('/media/2026/11/dau.jpg');
    expect(getPublicArticle(ids.none!)?.photo).toBeNull();
  });
});
