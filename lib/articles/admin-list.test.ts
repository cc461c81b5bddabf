import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { listAdminArticles } from './admin-list';
import { createDraftArticle } from './create';
import type { ArticleSnapshot } from './snapshot';

let sectionId = 0;
let reporter = 0;
let other = 0;

const draft = (title: string, userId: number) =>
  createDraftArticle(
    {
      title,
      slug: '',
      lead: '',
      body: { type: 'doc', content: [paragraph('x')] },
      sectionId: sectionId,
      coverMediaId: null,
      tags: [],
      bylines: [],
      seoTitle: '',
      seoDescription: '',
    } satisfies ArticleSnapshot,
    userId,
  );

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Xã hội', slug: 'xa-hoi' }).returning().get().id;
  reporter = db.insert(users).values({ email: 'a@toasoan.test', name: 'A' }).returning().get().id;
  other = db.insert(users).values({ email: 'b@toasoan.test', name: 'B' }).returning().get().id;
  draft('Đảng ủy họp phiên thường kỳ', reporter);
  draft('Giá xăng giảm 100% đồng_loạt', other);
  for (let i = 0; i < 25; i++) draft(`Tin ngắn ${i}`, other);
});

const titles = (filter: Partial<Parameters<typeof listAdminArticles>[0]>) =>
  listAdminArticles({ page: 1, pageSize: 50, ...filter }).items.map((a) => a.title);

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
    const first = listAdminArticles({ page: 1, pageSize: 10, createdBy: other });
    const third = listAdminArticles({ page: 3, pageSize: 10, createdBy: other });
    expect(first.total).toBe(26);
    expect(first.items).toHaveLength(10);
    expect(third.items).toHaveLength(6);
  });
});
