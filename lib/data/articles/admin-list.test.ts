import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import type { Actor } from '@/lib/domain/capabilities';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { articlePlans, FULL_ARTICLE_SCAN } from '@/tests/support/query-plans';
import { type AdminArticleFilter, listAdminArticles, listArticleCreators } from './admin-list';
import { createArticle } from './create';

let sectionId = 0;
let otherSection = 0;
let reporter = 0;
let other = 0;
let minute = 0;

/** Articles are created a minute apart, oldest first, so "newest change first" is creation order reversed. */
const article = (title: string, userId: number, fields: { status?: ArticleStatus; lead?: string; body?: string; section?: number; needsHeadline?: boolean } = {}) =>
  createArticle(
    {
      title,
      lead: fields.lead ?? '',
      body: { type: 'doc', content: [paragraph(fields.body ?? 'x')] },
      sectionId: fields.section ?? sectionId,
      createdBy: userId,
      status: fields.status ?? 'draft',
      needsHeadline: fields.needsHeadline ?? false,
    },
    new Date(Date.UTC(2025, 0, 1) + ++minute * 60_000),
  ).id;

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Xã hội', slug: 'xa-hoi' }).returning().get().id;
  otherSection = db.insert(sections).values({ name: 'Quốc phòng', slug: 'quoc-phong' }).returning().get().id;
  reporter = db.insert(users).values({ email: 'a@toasoan.test', name: 'A' }).returning().get().id;
  other = db.insert(users).values({ email: 'b@toasoan.test', name: 'B' }).returning().get().id;
  article('Đảng ủy họp phiên thường kỳ', reporter);
  article('Giá xăng giảm 100% đồng loạt', other);
  for (let i = 0; i < 25; i++) article(`Tin ngắn ${i}`, other);
  article('Diễn tập quốc phòng ở Quảng Trị', other, { status: 'published', section: otherSection, body: 'Bộ đội biên phòng.' });
  article('Hội nghị kinh tế', other, { status: 'published', lead: 'Bàn về quốc phòng toàn dân.' });
  article('Bài gỡ về quốc phòng', other, { status: 'unpublished' });
  article('Tổng kết quốc phòng năm', reporter, { status: 'review' });
  article('Quoc phong nhap tu dong', other, { needsHeadline: true, lead: 'Bản nhập.' });
  article('Thân bài nhắc quốc phòng', reporter, { status: 'published', body: 'Chuyện quốc phòng ở thân bài.' });
});

const editor = (): Actor => ({ id: other, role: 'editor' });
const list = (filter: Partial<AdminArticleFilter>, user = editor()) => listAdminArticles(user, { page: 1, pageSize: 50, ...filter });
const titles = (filter: Partial<AdminArticleFilter>, user = editor()) => list(filter, user).items.map((a) => a.title);

describe('listAdminArticles', () => {
  it('lists newest change first, with counts read from indexes', () => {
    const all = list({});
    expect(all.items).toHaveLength(33);
    expect(all.total).toBe(33);
    expect(all.items[0]!.title).toBe('Thân bài nhắc quốc phòng');
    expect(list({ status: 'published' }).total).toBe(3);
    expect(titles({ status: 'review' })).toEqual(['Tổng kết quốc phòng năm']);
    expect(titles({ needsHeadline: true })).toEqual(['Quoc phong nhap tu dong']);
    expect(list({ sectionId: otherSection })).toMatchObject({ total: 1, items: [{ title: 'Diễn tập quốc phòng ở Quảng Trị' }] });
  });

  it('narrows by author, counted, and pages through the rest', () => {
    expect(titles({ createdBy: reporter })).toEqual(['Thân bài nhắc quốc phòng', 'Tổng kết quốc phòng năm', 'Đảng ủy họp phiên thường kỳ']);
    const first = list({ pageSize: 10, createdBy: other });
    const third = list({ page: 3, pageSize: 10, createdBy: other });
    expect(first).toMatchObject({ total: 30, hasNext: true });
    expect(first.items).toHaveLength(10);
    // Thirty articles by this writer: the third page is the last.
    expect(third).toMatchObject({ total: 30, hasNext: false });
    expect(third.items).toHaveLength(10);
    expect(list({ page: 4, pageSize: 10, createdBy: other }).items).toEqual([]);
  });

  it('searches published articles through the readers’ index and the rest by headline, unpublished work first', () => {
    expect(titles({ query: 'quoc phong' })).toEqual([
      'Quoc phong nhap tu dong',
      'Tổng kết quốc phòng năm',
      'Bài gỡ về quốc phòng',
      'Thân bài nhắc quốc phòng',
      'Hội nghị kinh tế',
      'Diễn tập quốc phòng ở Quảng Trị',
    ]);
    expect(titles({ query: 'ĐẢNG ỦY HỌP' })).toEqual(['Đảng ủy họp phiên thường kỳ']);
    // A draft's body is not searched (only the index holds body text); a published one's is.
    expect(titles({ query: 'bien phong' })).toEqual(['Diễn tập quốc phòng ở Quảng Trị']);
    expect(titles({ query: 'quoc ph' })).toHaveLength(6);
    expect(titles({ query: '100%' })).toEqual(['Giá xăng giảm 100% đồng loạt']);
    expect(titles({ query: '!!!' })).toEqual([]);
  });

  it('applies the staff filters to a search', () => {
    expect(titles({ query: 'quoc phong', status: 'published' })).toEqual(['Thân bài nhắc quốc phòng', 'Hội nghị kinh tế', 'Diễn tập quốc phòng ở Quảng Trị']);
    expect(titles({ query: 'quoc phong', status: 'review' })).toEqual(['Tổng kết quốc phòng năm']);
    expect(titles({ query: 'quoc phong', sectionId: otherSection })).toEqual(['Diễn tập quốc phòng ở Quảng Trị']);
    expect(titles({ query: 'quoc phong', createdBy: reporter })).toEqual(['Tổng kết quốc phòng năm', 'Thân bài nhắc quốc phòng']);
    expect(titles({ query: 'quoc phong', needsHeadline: true })).toEqual(['Quoc phong nhap tu dong']);
    const paged = list({ query: 'quoc phong', pageSize: 4, page: 2 });
    expect(paged).toMatchObject({ total: 6, totalIsCapped: false, hasNext: false });
    expect(paged.items.map((a) => a.title)).toEqual(['Hội nghị kinh tế', 'Diễn tập quốc phòng ở Quảng Trị']);
  });

  it('shows a reporter only their own work, whatever author they ask for', () => {
    const own: Actor = { id: reporter, role: 'reporter' };
    expect(titles({}, own)).toHaveLength(3);
    expect(titles({ createdBy: other }, own)).toHaveLength(3);
    expect(titles({ query: 'tin ngan' }, own)).toEqual([]);
    expect(titles({ query: 'quoc phong' }, own)).toEqual(['Tổng kết quốc phòng năm', 'Thân bài nhắc quốc phòng']);
    expect(listArticleCreators(own)).toBeNull();
  });

  it('shows editors and admins everyone’s work and the staff to filter by', () => {
    expect(titles({ pageSize: 100 })).toHaveLength(33);
    expect(titles({ pageSize: 100 }, { id: reporter, role: 'admin' })).toHaveLength(33);
    expect(listArticleCreators(editor())?.map((u) => u.name)).toEqual(['A', 'B']);
  });

  it('never reads the article table from end to end, whatever the filters', () => {
    const filters: Partial<AdminArticleFilter>[] = [
      {},
      { page: 40 },
      { status: 'published' },
      { status: 'draft' },
      { status: 'review', sectionId },
      { needsHeadline: true },
      { sectionId },
      { sectionId, status: 'published' },
      { query: 'quoc phong' },
      { query: 'quoc phong', status: 'draft', createdBy: reporter },
      { query: 'quoc phong', needsHeadline: true },
    ];
    for (const filter of filters) {
      for (const plan of articlePlans(() => list(filter))) expect(plan, JSON.stringify(filter)).not.toMatch(FULL_ARTICLE_SCAN);
    }
    const [listing] = articlePlans(() => list({}));
    expect(listing).toContain('articles_updated_idx');
    expect(listing).not.toContain('TEMP B-TREE');
    // An unpublished status, with or without a section or the headline flag: the desk's partial
    // index walked newest first (only ties on the time sorted), no row read.
    for (const filter of [{ status: 'draft' }, { status: 'review', sectionId }, { needsHeadline: true }] as const) {
      const [ids] = articlePlans(() => list(filter));
      expect(ids, JSON.stringify(filter)).toBe('SCAN articles USING COVERING INDEX articles_desk_idx\nUSE TEMP B-TREE FOR LAST TERM OF ORDER BY');
    }
    // A writer: their own index, from the newest of their changes.
    const [writer] = articlePlans(() => list({ createdBy: reporter, status: 'published' }));
    expect(writer).toMatch(/^SEARCH articles USING COVERING INDEX articles_creator_idx \(created_by=\?\)\nUSE TEMP B-TREE FOR LAST TERM OF ORDER BY$/);
    // A section, small (one article in 33) or large, with or without a status: its own index, from its newest change, no row read.
    for (const filter of [{ sectionId: otherSection, status: 'published' }, { sectionId }] as const) {
      const [section] = articlePlans(() => list(filter));
      expect(section, JSON.stringify(filter)).toMatch(/^SEARCH articles USING COVERING INDEX articles_section_updated_idx \(section_id=\?\)\nUSE TEMP B-TREE FOR LAST TERM OF ORDER BY$/);
    }
    expect(list({ sectionId: otherSection, status: 'published' }).items.map((a) => a.title)).toEqual(['Diễn tập quốc phòng ở Quảng Trị']);
    // Totals come from article_counts: the only statements on articles are the ids and the page's rows.
    expect(articlePlans(() => list({ sectionId, status: 'draft', createdBy: reporter }))).toHaveLength(2);
  });
});
