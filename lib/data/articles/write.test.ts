import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleCorrections, articles, sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { addCorrection } from './corrections';
import { createArticle } from './create';
import { writeArticle } from './write';

let sectionId = 0;

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
});

const article = (status: 'draft' | 'published') =>
  createArticle({ title: 'Bài', lead: '', body: { type: 'doc', content: [paragraph('x')] }, sectionId, status });
const row = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!;

describe('writeArticle', () => {
  it('rolls back everything a write did when its row changed under it', () => {
    const { id } = article('published');
    const outcome = writeArticle({ id, baseVersion: 1 }, ({ tx, update }) => {
      tx.insert(articleCorrections).values({ articleId: id, note: 'Sẽ bị bỏ' }).run();
      update({ title: 'Lần một' });
      update({ title: 'Lần hai' }); // the version moved on with the first update
      return { ok: true as const };
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'conflict', current: { version: 1, snapshot: { title: 'Bài' } } });
    expect(row(id)).toMatchObject({ version: 1, title: 'Bài' });
    expect(db.select().from(articleCorrections).where(eq(articleCorrections.articleId, id)).all()).toEqual([]);
  });

  it('adds a correction to a live article without a version bump, and only to a live one', () => {
    const live = article('published');
    const now = new Date('2026-12-01T02:00:00Z');
    const outcome = addCorrection({ articleId: live.id, note: 'Sửa tên riêng.', userId: null, now });
    expect(outcome).toMatchObject({ ok: true, correction: { note: 'Sửa tên riêng.' } });
    expect(outcome.ok && outcome.tags).toContain(`article:${live.id}`);
    expect(row(live.id)).toMatchObject({ version: 1, updatedAt: now });

    const draft = article('draft');
    expect(addCorrection({ articleId: draft.id, note: 'x', userId: null })).toMatchObject({ ok: false, reason: 'refused' });
    expect(addCorrection({ articleId: 999_999, note: 'x', userId: null })).toEqual({ ok: false, reason: 'not_found' });
  });
});
