import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import type { Actor } from '@/lib/auth/capabilities';
import { listAdminArticles, listArticleCreators } from './admin-list';
import { createArticle } from './create';

let sectionId = 0;
let reporter = 0;
let other = 0;

const draft = (title: string, userId: number) =>
  createArticle({
    title,
    lead: '',
    body: { type: 'doc', content: [paragraph('x')] },
    sectionId,
    createdBy: userId,
  });

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Xã hội', slug: 'xa-hoi' }).returning().get().id;
  reporter = db.insert(users).values({ email: 'a@toasoan.test', name: 'A' }).returning().get().id;
  other = db.insert(users).values({ email: 'b@toasoan.test', name: 'B' }).returning().get().id;
  draft('Đảng ủy họp phiên thường kỳ', reporter);
  draft('Giá xăng giảm 100% đồng_loạt', other);
  for (let i = 0; i < 25; i++) draft(`Tin ngắn ${i}`, other);
});

const editor = (): Actor => ({ id: other, role: 'editor' });
const titles = (filter: Partial<Parameters<typeof listAdminArticles>[1]>, user = editor()) =>
  listAdminArticles(user, { page: 1, pageSize: 50, ...filter }).items.map((a) => a.title);

describe('listAdminArticles', () => {
  it('finds titles with or without Vietnamese marks, in any case', () => {
    expect(titles({ query: 'dang uy' })).toEqual(['Đảng ủy họp phiên thường kỳ']);
    expect(titles({ query: 'ĐẢNG ỦY HỌP' })).toEqual(['Đảng ủy họp phiên thường kỳ']);
  });

  it('treats % and _ in a search as text', () => {
    expect(titles({ query: '100%' })).toEqual(['Giá xăng giảm 100% đồng_loạt']);
    expect(titles({ query: 'giam_100' })).toEqual([]);
  });

  it('narrows by author and pages through the rest', () => {
    expect(titles({ createdBy: reporter })).toEqual(['Đảng ủy họp phiên thường kỳ']);
    const first = listAdminArticles(editor(), { page: 1, pageSize: 10, createdBy: other });
    const third = listAdminArticles(editor(), { page: 3, pageSize: 10, createdBy: other });
    expect(first.total).toBe(26);
    expect(first.items).toHaveLength(10);
    expect(third.items).toHaveLength(6);
  });

  it('shows a reporter only their own work, whatever author they ask for', () => {
    const own: Actor = { id: reporter, role: 'reporter' };
    expect(titles({}, own)).toEqual(['Đảng ủy họp phiên thường kỳ']);
    expect(titles({ createdBy: other }, own)).toEqual(['Đảng ủy họp phiên thường kỳ']);
    expect(titles({ query: 'tin ngan' }, own)).toEqual([]);
    expect(listArticleCreators(own)).toBeNull();
  });

  it('shows editors and admins everyone’s work and who wrote it', () => {
    expect(titles({})).toHaveLength(27);
    expect(titles({}, { id: reporter, role: 'admin' })).toHaveLength(27);
    expect(listArticleCreators(editor())?.map((u) => u.name)).toEqual(['A', 'B']);
  });
});
