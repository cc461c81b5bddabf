import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import { addCorrection, changeCorrection, listCorrections, listDeskCorrections } from './corrections';
import { createArticle } from './create';
import { getArticleModifiedAt } from './modified-at';

let sectionId = 0;
let editorId = 0;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 3, minute));

function publishedArticle(title: string, status: 'published' | 'draft' = 'published') {
  const id = createArticle({ title, lead: '', body: { type: 'doc', content: [] }, sectionId, status: 'draft' }).id;
  db.update(articles).set({ status, publishedAt: status === 'published' ? at(0) : null, updatedAt: at(0) }).where(eq(articles.id, id)).run();
  return id;
}

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Xã hội', slug: 'xa-hoi' }).returning().get().id;
  editorId = db.insert(users).values({ email: 'bien-tap-dinh-chinh@toasoan.test', name: 'Biên tập Đính chính' }).returning().get().id;
});

describe('corrections with history', () => {
  it('rewords a correction keeping its earlier text, then removes it from readers but not from the desk', () => {
    const articleId = publishedArticle('Bài có đính chính');
    const added = addCorrection({ articleId, note: 'Tên xã là Tân Lập.', userId: editorId, now: at(5) });
    if (!added.ok) throw new Error('add failed');
    const correctionId = added.correction.id;

    const edited = changeCorrection({ articleId, correctionId, userId: editorId, change: 'edit', note: 'Tên xã là Tân Lập, huyện Đan Phượng.', now: at(10) });
    expect(edited).toMatchObject({ ok: true, previousNote: 'Tên xã là Tân Lập.', tags: expect.arrayContaining([`article:${articleId}`]) });
    expect(listCorrections(articleId)).toEqual([
      { id: correctionId, note: 'Tên xã là Tân Lập, huyện Đan Phượng.', createdAt: at(5).toISOString(), editedAt: at(10).toISOString() },
    ]);
    // Readers' modified time follows the rewording.
    expect(getArticleModifiedAt(articleId)).toBe(at(10).toISOString());

    expect(changeCorrection({ articleId, correctionId, userId: editorId, change: 'remove', now: at(20) })).toMatchObject({ ok: true });
    expect(listCorrections(articleId)).toEqual([]);
    expect(getArticleModifiedAt(articleId)).toBe(at(20).toISOString());
    const [desk] = listDeskCorrections(articleId);
    expect(desk).toMatchObject({ id: correctionId, note: 'Tên xã là Tân Lập, huyện Đan Phượng.', removedAt: at(20).toISOString() });
    expect(desk!.history).toEqual([
      { note: 'Tên xã là Tân Lập, huyện Đan Phượng.', change: 'remove', changedAt: at(20).toISOString(), changedBy: 'Biên tập Đính chính' },
      { note: 'Tên xã là Tân Lập.', change: 'edit', changedAt: at(10).toISOString(), changedBy: 'Biên tập Đính chính' },
    ]);
  });

  it('refuses a removed correction, another article’s, an unchanged text and an unpublished article, writing no history', () => {
    const articleId = publishedArticle('Bài thứ hai');
    const otherId = publishedArticle('Bài khác');
    const added = addCorrection({ articleId, note: 'Sửa số liệu.', userId: editorId, now: at(5) });
    if (!added.ok) throw new Error('add failed');
    const correctionId = added.correction.id;

    expect(changeCorrection({ articleId: otherId, correctionId, userId: editorId, change: 'remove' })).toMatchObject({ ok: false, reason: 'refused' });
    expect(changeCorrection({ articleId, correctionId, userId: editorId, change: 'edit', note: 'Sửa số liệu.' })).toMatchObject({
      ok: false,
      message: 'Nội dung đính chính chưa thay đổi.',
    });
    changeCorrection({ articleId, correctionId, userId: editorId, change: 'remove' });
    expect(changeCorrection({ articleId, correctionId, userId: editorId, change: 'edit', note: 'Lại sửa.' })).toMatchObject({ ok: false, reason: 'refused' });
    expect(listDeskCorrections(articleId)[0]!.history).toHaveLength(1);

    db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, otherId)).run();
    expect(changeCorrection({ articleId: otherId, correctionId, userId: editorId, change: 'remove' })).toMatchObject({
      ok: false,
      message: 'Chỉ sửa được đính chính của bài đang đăng.',
    });
    expect(changeCorrection({ articleId: 999_999, correctionId, userId: editorId, change: 'remove' })).toMatchObject({ ok: false, reason: 'not_found' });
  });
});
