import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleBylines, articles, sections, tags } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { parseQuery } from '@/lib/search/parse-query';
import { createArticle } from '@/lib/data/articles/create';
import { searchArticles, type SearchInput } from './search';

let news = 0;
let defence = 0;
const HOUR = 3_600_000;
const now = Date.now();

function publish(title: string, options: { lead?: string; body?: string; hoursAgo?: number; section?: number; byline?: string; tags?: string[]; status?: 'published' | 'draft' } = {}) {
  return createArticle({
    title,
    lead: options.lead ?? '',
    body: { type: 'doc', content: [paragraph(options.body ?? 'Nội dung.')] },
    status: options.status ?? 'published',
    sectionId: options.section ?? news,
    publishedAt: new Date(now - (options.hoursAgo ?? 1) * HOUR),
    bylines: options.byline ? [{ role: 'writer', label: 'Tin, ảnh', name: options.byline }] : [],
    tags: options.tags ?? [],
  }).id;
}

function search(q: string, options: Partial<SearchInput> = {}) {
  const parsed = parseQuery(q);
  if (parsed.kind !== 'ok') throw new Error(`no terms in ${q}`);
  return searchArticles({ terms: parsed.terms, sectionIds: null, from: null, to: null, sort: 'relevance', page: 1, pageSize: 20, ...options });
}
const ids = (q: string, options: Partial<SearchInput> = {}) => search(q, options).hits.map((h) => h.id);

let quocPhong = 0;
let dangUy = 0;
beforeAll(() => {
  news = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  defence = db.insert(sections).values({ name: 'Quốc phòng', slug: 'quoc-phong' }).returning().get().id;
  quocPhong = publish('Tăng cường tiềm lực quốc phòng', { section: defence, hoursAgo: 30 });
  dangUy = publish('Đảng ủy Quân sự tỉnh họp phiên thường kỳ', { lead: 'Đại tướng dự và chỉ đạo hội nghị.', hoursAgo: 20 });
});

describe('matching Vietnamese with or without diacritics', () => {
  it.each(['quoc phong', 'QUỐC PHÒNG', 'Quốc Phòng'.normalize('NFD'), 'quoocs phongf', 'quo6c1 pho2ng'])('%j finds "quốc phòng"', (q) => {
    expect(ids(q)).toContain(quocPhong);
  });
  it.each(['dang uy', 'đảng ủy', 'ĐẢNG ỦY', 'dai tuong'])('%j finds "Đảng ủy … Đại tướng"', (q) => {
    expect(ids(q)).toEqual([dangUy]);
  });
  it('finds an article by its byline', () => {
    const id = publish('Hội nghị sơ kết', { byline: 'TRẦN ANH MINH', hoursAgo: 50 });
    expect(ids('tran anh minh')).toEqual([id]);
  });
  it('matches quoted phrases only with their words together and in order', () => {
    const apart = publish('Phòng khám quốc tế khai trương', { hoursAgo: 40 });
    expect(ids('"quoc phong"')).toEqual([quocPhong]);
    expect(ids('phong quoc ')).toEqual(expect.arrayContaining([quocPhong, apart]));
  });
  it('matches the last word as a prefix while typing', () => {
    expect(ids('quoc ph')).toContain(quocPhong);
    expect(ids('quoc ph ')).not.toContain(quocPhong);
  });
});

describe('ranking', () => {
  it('puts the exact diacritic spelling first for a query typed with diacritics', () => {
    const duong = publish('Dương liễu bên hồ', { body: 'Cây dương mọc bên đường làng.', hoursAgo: 1 });
    const road = publish('Mở rộng đường vành đai', { hoursAgo: 60 });
    expect(ids('đường').slice(0, 2)).toEqual([road, duong]);
    expect(ids('dương')[0]).toBe(duong);
  });
  it('ranks headline and lead matches above body matches, and newer above older on a tie', () => {
    const inBody = publish('Tin tổng hợp', { body: 'Nói về pháo hoa trong đêm.', hoursAgo: 2 });
    const inTitle = publish('Lễ hội pháo hoa', { hoursAgo: 90 });
    const sameOlder = publish('Pháo hoa rực rỡ', { hoursAgo: 80 });
    const sameNewer = publish('Pháo hoa rực rỡ', { hoursAgo: 70 });
    expect(ids('phao hoa ruc ro')).toEqual([sameNewer, sameOlder]);
    expect(ids('phao hoa').indexOf(inTitle)).toBeLessThan(ids('phao hoa').indexOf(inBody));
  });
});

describe('only published, due articles', () => {
  it('never finds drafts, future articles or unpublished ones', () => {
    publish('Bản nháp kỳ lân', { status: 'draft' });
    publish('Kỳ lân sắp đăng', { hoursAgo: -5 });
    expect(ids('ky lan')).toEqual([]);
    const live = publish('Kỳ lân đã đăng');
    expect(ids('ky lan')).toEqual([live]);
    db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, live)).run();
    expect(ids('ky lan')).toEqual([]);
  });
  it('follows edits of headlines, bylines and tags in the same write', () => {
    const id = publish('Bài về sơn mài', { byline: 'Lê Văn Cường', tags: ['Làng nghề'] });
    db.update(articles).set({ title: 'Bài về gốm sứ' }).where(eq(articles.id, id)).run();
    expect(ids('son mai')).toEqual([]);
    expect(ids('gom su')).toEqual([id]);
    db.delete(articleBylines).where(eq(articleBylines.articleId, id)).run();
    expect(ids('le van cuong')).toEqual([]);
    db.update(tags).set({ name: 'Nghề truyền thống' }).where(eq(tags.slug, 'lang-nghe')).run();
    expect(ids('nghe truyen thong')).toEqual([id]);
    db.delete(articles).where(eq(articles.id, id)).run();
    expect(ids('gom su')).toEqual([]);
  });
});

describe('filters, order and pages', () => {
  it('filters by section and date range', () => {
    expect(ids('"quoc phong"', { sectionIds: [news] })).toEqual([]);
    expect(ids('quoc phong', { sectionIds: [defence] })).toEqual([quocPhong]);
    const from = new Date(now - 25 * HOUR);
    expect(ids('dang uy', { from })).toEqual([dangUy]);
    expect(ids('quoc phong', { from })).toEqual([]);
    expect(ids('quoc phong', { to: from })).toContain(quocPhong);
  });
  it('pages newest first with an exact total', () => {
    const made = Array.from({ length: 5 }, (_, i) => publish(`Bản tin thời tiết số ${i}`, { hoursAgo: 100 + i }));
    const first = search('ban tin thoi tiet', { sort: 'newest', pageSize: 2 });
    const second = search('ban tin thoi tiet', { sort: 'newest', pageSize: 2, page: 2 });
    expect(first.total).toBe(5);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(made.slice(0, 4));
  });
});

describe('hostile input', () => {
  const inputs = ['"', 'a"b*', 'NEAR(quoc phong', '-quoc', 'title:quoc', 'quoc OR phong', '((quoc))', "' OR 1=1; --", 'x\uD800y', '💥 quốc'];
  it.each(inputs)('%j runs as plain words', (q) => {
    const parsed = parseQuery(q);
    if (parsed.kind !== 'ok') return expect(parsed.kind).toBe('no-words');
    expect(() => searchArticles({ terms: parsed.terms, sectionIds: null, from: null, to: null, sort: 'relevance', page: 1, pageSize: 10 })).not.toThrow();
  });
});

describe('index upkeep', () => {
  it('has its triggers after every migration (a table rebuild would drop them)', () => {
    const names = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'").all();
    expect(names).toHaveLength(10);
  });
});
