import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleCorrections, articles, sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { getArticleModifiedAt } from '@/lib/data/articles/modified-at';
import { createArticle } from '@/lib/data/articles/create';
import { listFeedArticles } from './feeds';
import {
  countAuthorSitemapEntries,
  countTagSitemapEntries,
  listArticleSitemapEntries,
  listArticleSitemapMonths,
  listAuthorSitemapEntries,
  listNewsSitemapArticles,
  listSectionSitemapEntries,
  listTagSitemapEntries,
} from './sitemaps';

const now = new Date('2026-11-25T03:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const ids: Record<string, number> = {};

function article(key: string, status: 'published' | 'draft' | 'unpublished' | 'scheduled', publishedAt: Date | null, sectionId: number, tag: string) {
  ids[key] = createArticle({
    title: `Bài ${key}`,
    lead: `Sa pô ${key}`,
    body: { type: 'doc', content: [paragraph('Nội dung')] },
    status,
    sectionId,
    publishedAt,
    bylines: [{ role: 'writer_photographer', label: 'Tin, ảnh', name: `PHÓNG VIÊN ${key.toUpperCase()}` }],
    tags: [tag],
  }).id;
}

beforeAll(() => {
  const parent = db.insert(sections).values({ name: 'Kinh tế', slug: 'kinh-te' }).returning().get();
  const child = db.insert(sections).values({ name: 'Tài chính', slug: 'tai-chinh', parentId: parent.id }).returning().get();
  const other = db.insert(sections).values({ name: 'Thể thao', slug: 'the-thao' }).returning().get();
  article('moi', 'published', hoursAgo(1), child.id, 'Chứng khoán');
  article('hom-qua', 'published', hoursAgo(30), parent.id, 'Ngân hàng');
  article('cu', 'published', hoursAgo(24 * 60), other.id, 'Bóng đá');
  // Early on 1 August in Vietnam is still 31 July in UTC: it belongs to August.
  article('dau-thang', 'published', new Date('2026-07-31T18:30:00Z'), other.id, 'Bóng đá');
  article('nhap', 'draft', null, parent.id, 'Bản nháp');
  article('go-xuong', 'unpublished', hoursAgo(2), parent.id, 'Đã gỡ');
  article('hen-gio', 'scheduled', new Date(now.getTime() + 3_600_000), parent.id, 'Hẹn giờ');
  article('chua-den-gio', 'published', new Date(now.getTime() + 3_600_000), parent.id, 'Chưa đến giờ');
});

const publicKeys = ['moi', 'hom-qua', 'cu', 'dau-thang'];
const hiddenKeys = ['nhap', 'go-xuong', 'hen-gio', 'chua-den-gio'];
const pathIds = (paths: { path: string }[]) => paths.map((p) => Number(/-(\d+)$/.exec(p.path)![1]));

describe('sitemap and feed listings', () => {
  it('feeds list only published, due articles, newest first, with credits', () => {
    const feed = listFeedArticles({ now });
    expect(feed.map((a) => a.id)).toEqual([ids['moi'], ids['hom-qua'], ids['cu'], ids['dau-thang']]);
    expect(feed[0]!.credits).toEqual([{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'PHÓNG VIÊN MOI', authorPath: '/tac-gia/phong-vien-moi' }]);
  });

  it('a section feed covers its subsections and nothing else', () => {
    const sectionIds = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, 'kinh-te')).all().map((c) => c.id);
    const child = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, 'tai-chinh')).get()!.id;
    expect(listFeedArticles({ sectionIds: [...sectionIds, child], now }).map((a) => a.id)).toEqual([ids['moi'], ids['hom-qua']]);
  });

  it('the news sitemap takes public articles of the window only', () => {
    expect(pathIds(listNewsSitemapArticles(hoursAgo(48), 1000, now))).toEqual([ids['moi'], ids['hom-qua']]);
    expect(pathIds(listNewsSitemapArticles(hoursAgo(48), 1, now))).toEqual([ids['moi']]);
  });

  it('monthly article sitemaps hold every public article once, in Vietnam-time months', () => {
    const months = listArticleSitemapMonths(now);
    expect(months.reduce((sum, m) => sum + m.count, 0)).toBe(publicKeys.length);
    expect(months.find((m) => m.month === '2026-08')?.count).toBe(1);
    const listed = months.flatMap((m) => pathIds(listArticleSitemapEntries(m.month, 1, 20_000, now)));
    expect(listed.sort()).toEqual(publicKeys.map((k) => ids[k]).sort());
    for (const key of hiddenKeys) expect(listed).not.toContain(ids[key]);
  });

  it('splits a month into parts without overlap', () => {
    const month = listArticleSitemapMonths(now).find((m) => m.month === '2026-11')!;
    const first = pathIds(listArticleSitemapEntries(month.month, 1, 1, now));
    const second = pathIds(listArticleSitemapEntries(month.month, 2, 1, now));
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first[0]).not.toBe(second[0]);
  });

  it('tags and authors are listed only when they have a public article', () => {
    expect(countTagSitemapEntries(now)).toBe(3);
    expect(listTagSitemapEntries(1, 100, now).map((t) => t.path).sort()).toEqual(['/chu-de/bong-da', '/chu-de/chung-khoan', '/chu-de/ngan-hang']);
    expect(countAuthorSitemapEntries(now)).toBe(4);
    expect(listAuthorSitemapEntries(1, 100, now).map((a) => a.path)).not.toContain('/tac-gia/phong-vien-nhap');
  });

  it('lists the home page first, with the newest change of any section', () => {
    const [home, ...rest] = listSectionSitemapEntries(now);
    expect(home!.path).toBe('/');
    const newest = Math.max(...rest.flatMap((s) => (s.modifiedAt ? [Date.parse(s.modifiedAt)] : [])));
    expect(Date.parse(home!.modifiedAt!)).toBe(newest);
  });

  it('a parent section takes its lastmod from its subsections too', () => {
    const sections = listSectionSitemapEntries(now);
    const kinhTe = sections.find((s) => s.path === '/kinh-te')!;
    const taiChinh = sections.find((s) => s.path === '/tai-chinh')!;
    expect(kinhTe.modifiedAt).not.toBeNull();
    expect(Date.parse(kinhTe.modifiedAt!)).toBeGreaterThanOrEqual(Date.parse(taiChinh.modifiedAt!));
  });

  it('a correction note moves dateModified forward', () => {
    const id = ids['hom-qua']!;
    const before = getArticleModifiedAt(id)!;
    const later = new Date(Date.parse(before) + 3_600_000);
    db.insert(articleCorrections).values({ articleId: id, note: 'Sửa tên nhân vật', createdAt: later }).run();
    expect(getArticleModifiedAt(id)).toBe(later.toISOString());
    // A touch of the row alone (a status step) is no change for readers (lib/data/articles/modified-at.test.ts).
    db.update(articles).set({ updatedAt: new Date(later.getTime() + 1000) }).where(eq(articles.id, id)).run();
    expect(getArticleModifiedAt(id)).toBe(later.toISOString());
  });
});
