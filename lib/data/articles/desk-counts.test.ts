import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { recordQueries } from '@/tests/support/query-plans';
import { createArticle } from './create';
import { countArticles, countArticlesByStatus } from './desk-counts';
import { changeArticleStatus, deleteArticle } from './workflow';

let thoiSu = 0;
let theThao = 0;
let writer = 0;
let editor = 0;

const create = (status: ArticleStatus, createdBy: number, sectionId = thoiSu, needsHeadline = false) =>
  createArticle({ title: `Bài ${status}`, lead: '', body: { type: 'doc', content: [paragraph('x')] }, sectionId, createdBy, status, needsHeadline });
const version = (id: number) => db.select({ v: articles.version }).from(articles).where(eq(articles.id, id)).get()!.v;

/** What counting the rows themselves says, in the shape article_counts is read in. */
function countedFromRows() {
  const rows = db.all<{ status: ArticleStatus; section_id: number; creator: number; needs_headline: number; n: number }>(
    sql`SELECT status, section_id, coalesce(created_by, 0) AS creator, needs_headline, count(*) AS n FROM articles GROUP BY 1, 2, 3, 4`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.status}/${r.section_id}/${r.creator}/${r.needs_headline}`, r.n]));
}
function countedByTriggers() {
  const rows = db.all<{ status: ArticleStatus; section_id: number; creator_id: number; needs_headline: number; total: number }>(
    sql`SELECT * FROM article_counts WHERE total <> 0`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.status}/${r.section_id}/${r.creator_id}/${r.needs_headline}`, r.total]));
}

beforeAll(() => {
  thoiSu = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  theThao = db.insert(sections).values({ name: 'Thể thao', slug: 'the-thao' }).returning().get().id;
  writer = db.insert(users).values({ email: 'pv@toasoan.test', name: 'Phóng viên' }).returning().get().id;
  editor = db.insert(users).values({ email: 'btv@toasoan.test', name: 'Biên tập' }).returning().get().id;
});

describe('article_counts', () => {
  it('stays equal to the rows through create, status change, desk change, a deleted account and delete', () => {
    const published = create('published', editor);
    const review = create('review', writer);
    const imported = create('draft', editor, theThao, true);
    create('draft', writer, theThao);
    expect(countedByTriggers()).toEqual(countedFromRows());
    expect(countArticlesByStatus().counts).toEqual({ draft: 2, review: 1, scheduled: 0, published: 1, unpublished: 0 });
    expect(countArticlesByStatus().needsHeadline).toBe(1);

    // Status changes through the workflow.
    expect(changeArticleStatus({ id: review.id, baseVersion: version(review.id), change: 'sendBack' }).ok).toBe(true);
    expect(changeArticleStatus({ id: published.id, baseVersion: version(published.id), change: 'unpublish' }).ok).toBe(true);
    expect(countArticlesByStatus().counts).toEqual({ draft: 3, review: 0, scheduled: 0, published: 0, unpublished: 1 });
    expect(countedByTriggers()).toEqual(countedFromRows());

    // A move to another section and the headline given.
    db.update(articles).set({ sectionId: thoiSu, needsHeadline: false }).where(eq(articles.id, imported.id)).run();
    expect(countArticles({ sectionId: theThao })).toBe(1);
    expect(countArticles({ sectionId: thoiSu })).toBe(3);
    expect(countArticlesByStatus().needsHeadline).toBe(0);
    // A change of the text alone leaves the counts as they are.
    db.update(articles).set({ title: 'Tiêu đề mới' }).where(eq(articles.id, imported.id)).run();
    expect(countedByTriggers()).toEqual(countedFromRows());

    // The writer's account is deleted: their articles stay, counted under no writer.
    expect(countArticles({ createdBy: writer })).toBe(2);
    db.delete(users).where(eq(users.id, writer)).run();
    expect(countArticles({ createdBy: writer })).toBe(0);
    expect(countArticles({ createdBy: 0 })).toBe(2);
    expect(countedByTriggers()).toEqual(countedFromRows());

    expect(deleteArticle({ id: imported.id, baseVersion: version(imported.id) }).ok).toBe(true);
    expect(countArticles()).toBe(3);
    expect(countArticles({ statuses: ['draft'], sectionId: thoiSu })).toBe(1);
    expect(countedByTriggers()).toEqual(countedFromRows());
  });

  it('counts by reading article_counts, never the articles table', () => {
    const { queries } = recordQueries(() => [countArticlesByStatus(), countArticlesByStatus({ createdBy: editor }), countArticles({ sectionId: thoiSu, statuses: ['draft'] })]);
    expect(queries.length).toBe(3);
    for (const query of queries) expect(query.sql).toMatch(/from "article_counts"/);
  });
});
