import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { articlePlans } from '@/tests/support/query-plans';
import { createArticle } from './articles/create';
import { getDashboardSummary } from './dashboard';

let sectionId = 0;
let reporter = 0;
let other = 0;
let minute = 0;

const article = (title: string, status: ArticleStatus, createdBy: number, needsHeadline = false) =>
  createArticle(
    { title, lead: '', body: { type: 'doc', content: [paragraph('x')] }, sectionId, createdBy, status, needsHeadline },
    new Date(Date.UTC(2025, 0, 1) + ++minute * 60_000),
  );

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  reporter = db.insert(users).values({ email: 'pv@toasoan.test', name: 'Phóng viên' }).returning().get().id;
  other = db.insert(users).values({ email: 'btv@toasoan.test', name: 'Biên tập' }).returning().get().id;
  for (let i = 0; i < 5; i++) article(`Đã đăng ${i}`, 'published', other);
  article('Của phóng viên, đã đăng', 'published', reporter);
  article('Nháp', 'draft', other);
  article('Nhập tự động', 'draft', other, true);
  article('Chờ duyệt cũ', 'review', other);
  article('Chờ duyệt của phóng viên', 'review', reporter);
  article('Đã gỡ', 'unpublished', other);
});

describe('getDashboardSummary', () => {
  it('counts every status and the headline queue, and lists the review queue newest first', () => {
    const summary = getDashboardSummary();
    expect(summary.counts).toEqual({ draft: 2, review: 2, scheduled: 0, published: 6, unpublished: 1 });
    expect(summary.needsHeadline).toBe(1);
    expect(summary.waitingForReview.map((item) => [item.title, item.authorName])).toEqual([
      ['Chờ duyệt của phóng viên', 'Phóng viên'],
      ['Chờ duyệt cũ', 'Biên tập'],
    ]);
  });

  it('narrows everything to one reporter’s work', () => {
    const own = getDashboardSummary({ createdBy: reporter });
    expect(own.counts).toEqual({ draft: 0, review: 1, scheduled: 0, published: 1, unpublished: 0 });
    expect(own.needsHeadline).toBe(0);
    expect(own.waitingForReview.map((item) => item.title)).toEqual(['Chờ duyệt của phóng viên']);
  });

  it('counts from article_counts and reads the review queue from the desk’s index, never the article table end to end', () => {
    for (const scope of [{}, { createdBy: reporter }]) {
      const plans = articlePlans(() => getDashboardSummary(scope));
      // The queue's ids, then its rows by id: counting reads no article.
      expect(plans).toHaveLength(2);
      expect(plans[0]).toMatch(/^SCAN articles USING COVERING INDEX articles_desk_idx\n/);
      expect(plans[1]).toMatch(/^SEARCH articles USING INTEGER PRIMARY KEY/);
    }
  });
});
