import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  articleAutosaves,
  articleRevisions,
  articles,
  articleTags,
  sections,
  users,
} from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { createArticle } from './create';
import { REVISION_CAP } from './revisions';
import { saveArticle } from './save';
import { articleSnapshotSchema, type ArticleSnapshot } from './snapshot';
import { changeArticleStatus, deleteArticle } from './workflow';

let sectionId = 0;
let userId = 0;

beforeAll(() => {
  sectionId = db
    .insert(sections)
    .values({ name: 'Thời sự', slug: 'thoi-su' })
    .returning()
    .get().id;
  userId = db
    .insert(users)
    .values({ email: 'pv@toasoan.test', name: 'Phóng viên' })
    .returning()
    .get().id;
});

function snapshot(overrides: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  return {
    title: 'Đảng ủy họp phiên thường kỳ',
    slug: '',
    lead: 'Sa-pô',
    body: { type: 'doc', content: [paragraph('Đoạn một.')] },
    sectionId: sectionId,
    coverMediaId: null,
    tags: ['Quốc phòng'],
    bylines: [{ role: 'writer', label: 'Tin', name: 'Trần Anh Minh' }],
    seoTitle: '',
    seoDescription: '',
    ...overrides,
  };
}

const revisionsOf = (id: number) =>
  db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).all();

describe('saving articles', () => {
  it('generates unique Vietnamese slugs and keeps a chosen one editable', () => {
    const first = createArticle({ ...snapshot(), createdBy: userId });
    const second = createArticle({ ...snapshot(), createdBy: userId });
    expect(first.slug).toBe('dang-uy-hop-phien-thuong-ky');
    expect(second.slug).toBe('dang-uy-hop-phien-thuong-ky-2');
    const renamed = saveArticle({
      id: second.id,
      baseVersion: 1,
      snapshot: snapshot({ slug: 'Đảng ủy' }),
      intent: 'save',
      userId,
    });
    expect(renamed).toMatchObject({ ok: true, slug: 'dang-uy', version: 2 });
    const clash = saveArticle({
      id: second.id,
      baseVersion: 2,
      snapshot: snapshot({ slug: first.slug }),
      intent: 'save',
      userId,
    });
    expect(clash).toMatchObject({ ok: true, slug: 'dang-uy-hop-phien-thuong-ky-2' });
  });

  it('refuses a save over a newer version and leaves the newer text in place', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    expect(
      saveArticle({
        id,
        baseVersion: 1,
        snapshot: snapshot({ lead: 'Bản A' }),
        intent: 'save',
        userId,
      }),
    ).toMatchObject({ ok: true, version: 2 });
    const stale = saveArticle({
      id,
      baseVersion: 1,
      snapshot: snapshot({ lead: 'Bản B' }),
      intent: 'save',
      userId,
    });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    if (!stale.ok && stale.reason === 'conflict')
      expect(stale.current).toMatchObject({ version: 2, snapshot: { lead: 'Bản A' } });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toMatchObject({
      lead: 'Bản A',
      version: 2,
    });
    expect(changeArticleStatus({ id, baseVersion: 1, change: 'unpublish' })).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
  });

  it('makes at most one autosave revision per 10 minutes', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    const t0 = new Date('2026-11-25T03:00:00Z');
    let version = 1;
    for (const minutes of [0, 3, 9, 11, 15]) {
      const now = new Date(t0.getTime() + minutes * 60_000);
      const result = saveArticle({
        id,
        baseVersion: version,
        snapshot: snapshot({ lead: `phút ${minutes}` }),
        intent: 'autosave',
        userId,
        now,
      });
      if (!result.ok) throw new Error('autosave failed');
      version = result.version;
    }
    expect(version).toBe(6);
    expect(
      revisionsOf(id)
        .filter((r) => r.reason === 'autosave')
        .map((r) => (r.snapshot as ArticleSnapshot).lead),
    ).toEqual(['phút 0', 'phút 11']);
  });

  it(`keeps the newest ${REVISION_CAP} revisions (at least 25) and prunes older ones`, () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    for (let v = 1; v <= REVISION_CAP + 10; v++) {
      expect(
        saveArticle({
          id,
          baseVersion: v,
          snapshot: snapshot({ lead: `v${v}` }),
          intent: 'save',
          userId,
        }).ok,
      ).toBe(true);
    }
    const kept = revisionsOf(id);
    expect(REVISION_CAP).toBeGreaterThanOrEqual(25);
    expect(kept).toHaveLength(REVISION_CAP);
    expect(Math.max(...kept.map((r) => r.version))).toBe(REVISION_CAP + 11);
  });

  it('autosaves a published article aside and changes it only on update', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    const published = saveArticle({
      id,
      baseVersion: 1,
      snapshot: snapshot(),
      intent: 'publish',
      userId,
    });
    expect(published).toMatchObject({ ok: true, status: 'published', version: 2 });
    if (published.ok)
      expect(published.tags).toEqual(
        expect.arrayContaining([`article:${id}`, 'listings', `section:${sectionId}`]),
      );

    const autosaved = saveArticle({
      id,
      baseVersion: 2,
      snapshot: snapshot({ lead: 'chưa cập nhật' }),
      intent: 'autosave',
      userId,
    });
    expect(autosaved).toMatchObject({ ok: true, autosavedOnly: true, version: 2, tags: [] });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toMatchObject({
      lead: 'Sa-pô',
      version: 2,
    });
    expect(
      db.select().from(articleAutosaves).where(eq(articleAutosaves.articleId, id)).get(),
    ).toBeDefined();

    expect(
      saveArticle({ id, baseVersion: 2, snapshot: snapshot(), intent: 'save', userId }),
    ).toMatchObject({ ok: false, reason: 'refused' });
    const updated = saveArticle({
      id,
      baseVersion: 2,
      snapshot: snapshot({ lead: 'đã cập nhật', tags: ['Mới'] }),
      intent: 'update',
      userId,
    });
    expect(updated).toMatchObject({ ok: true, version: 3 });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toMatchObject({
      lead: 'đã cập nhật',
    });
    expect(
      db.select().from(articleAutosaves).where(eq(articleAutosaves.articleId, id)).get(),
    ).toBeUndefined();
    expect(revisionsOf(id).map((r) => r.reason)).toEqual(['save', 'publish', 'autosave', 'update']);
  });

  it('follows the workflow: submit, send back with a note, publish, unpublish', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    expect(
      saveArticle({
        id,
        baseVersion: 1,
        snapshot: snapshot({ title: '' }),
        intent: 'submit',
        userId,
      }),
    ).toMatchObject({ ok: false, reason: 'refused' });
    expect(
      saveArticle({ id, baseVersion: 1, snapshot: snapshot(), intent: 'submit', userId }),
    ).toMatchObject({ ok: true, status: 'review', tags: [] });
    expect(
      changeArticleStatus({ id, baseVersion: 2, change: 'sendBack', note: 'Thiếu nguồn' }),
    ).toMatchObject({ ok: true, status: 'draft' });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toMatchObject({
      reviewNote: 'Thiếu nguồn',
    });
    expect(
      saveArticle({ id, baseVersion: 3, snapshot: snapshot(), intent: 'publish', userId }),
    ).toMatchObject({ ok: true, status: 'published' });
    const unpublished = changeArticleStatus({ id, baseVersion: 4, change: 'unpublish' });
    expect(unpublished).toMatchObject({ ok: true, status: 'unpublished' });
    if (unpublished.ok) expect(unpublished.tags).toContain(`article:${id}`);
    expect(changeArticleStatus({ id, baseVersion: 5, change: 'unpublish' })).toMatchObject({
      ok: false,
      reason: 'refused',
    });
  });

  it('lets the writer withdraw an article waiting for review back to draft, only from review', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    expect(changeArticleStatus({ id, baseVersion: 1, change: 'withdraw' })).toMatchObject({ ok: false, reason: 'refused' });
    saveArticle({ id, baseVersion: 1, snapshot: snapshot(), intent: 'submit', userId });
    expect(changeArticleStatus({ id, baseVersion: 2, change: 'withdraw' })).toMatchObject({ ok: true, status: 'draft', tags: [] });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toMatchObject({ status: 'draft', version: 3 });
  });
});

describe('what a save touches', () => {
  it('expires the old and the new section, tags and authors when a live article moves', () => {
    const other = db
      .insert(sections)
      .values({ name: 'Kinh tế', slug: 'kinh-te' })
      .returning()
      .get().id;
    const { id } = createArticle({ ...snapshot({ tags: ['Cũ'] }), createdBy: userId });
    saveArticle({
      id,
      baseVersion: 1,
      snapshot: snapshot({ tags: ['Cũ'] }),
      intent: 'publish',
      userId,
    });
    const tagIdsBefore = db
      .select()
      .from(articleTags)
      .where(eq(articleTags.articleId, id))
      .all()
      .map((t) => t.tagId);
    const moved = saveArticle({
      id,
      baseVersion: 2,
      snapshot: snapshot({
        sectionId: other,
        tags: ['Mới'],
        bylines: [{ role: 'writer', label: 'Bài', name: 'Lê Văn Mới' }],
      }),
      intent: 'update',
      userId,
    });
    if (!moved.ok) throw new Error('update failed');
    const tagIdsAfter = db
      .select()
      .from(articleTags)
      .where(eq(articleTags.articleId, id))
      .all()
      .map((t) => t.tagId);
    expect(moved.tags).toEqual(
      expect.arrayContaining([
        `section:${sectionId}`,
        `section:${other}`,
        ...[...tagIdsBefore, ...tagIdsAfter].map((t) => `tag:${t}`),
      ]),
    );
    expect(moved.tags.filter((t) => t.startsWith('author:'))).toHaveLength(2);
    expect(moved.tags.filter((t) => t.startsWith('section:'))).toHaveLength(2);
  });

  it('touches no public page while an article was never live', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    expect(
      saveArticle({
        id,
        baseVersion: 1,
        snapshot: snapshot({ lead: 'nháp' }),
        intent: 'save',
        userId,
      }),
    ).toMatchObject({ ok: true, tags: [] });
  });

  it('takes an imported draft out of the headline queue once someone writes a headline', () => {
    const { id } = createArticle({ ...snapshot({ title: 'Tít máy đặt' }), createdBy: userId });
    db.update(articles).set({ needsHeadline: true }).where(eq(articles.id, id)).run();
    saveArticle({
      id,
      baseVersion: 1,
      snapshot: snapshot({ title: 'Tít máy đặt', lead: 'sửa sa-pô' }),
      intent: 'save',
      userId,
    });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()?.needsHeadline).toBe(true);
    saveArticle({
      id,
      baseVersion: 2,
      snapshot: snapshot({ title: 'Tít do biên tập viên viết' }),
      intent: 'save',
      userId,
    });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()?.needsHeadline).toBe(false);
  });
});

describe('articleSnapshotSchema', () => {
  it('validates the body on the server and explains an unsafe link', () => {
    const result = articleSnapshotSchema.safeParse({
      ...snapshot(),
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'x',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Liên kết không được phép/);
  });
});

describe('deleteArticle', () => {
  it('deletes only the version it was shown and expires a live article’s pages', () => {
    const { id } = createArticle({ ...snapshot(), createdBy: userId });
    saveArticle({ id, baseVersion: 1, snapshot: snapshot(), intent: 'publish', userId });
    expect(deleteArticle({ id, baseVersion: 1 })).toMatchObject({ ok: false, reason: 'conflict' });
    const deleted = deleteArticle({ id, baseVersion: 2 });
    expect(deleted).toMatchObject({ ok: true });
    if (deleted.ok) expect(deleted.tags).toContain(`article:${id}`);
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toBeUndefined();
    expect(revisionsOf(id)).toEqual([]);
  });
});

describe('restoring a revision', () => {
  it('puts a live article’s old revision in its working copy; readers keep the live text until Cập nhật', () => {
    const { id } = createArticle({ ...snapshot({ title: 'Bài khôi phục' }), createdBy: userId });
    saveArticle({ id, baseVersion: 1, snapshot: snapshot({ title: 'Bài khôi phục', lead: 'Sa-pô đăng' }), intent: 'publish', userId });
    const revisions = revisionsOf(id).length;
    const restored = saveArticle({ id, baseVersion: 2, snapshot: snapshot({ title: 'Bài khôi phục', lead: 'Sa-pô cũ' }), intent: 'restore', userId });
    expect(restored).toMatchObject({ ok: true, version: 2, status: 'published', autosavedOnly: true, tags: [] });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toMatchObject({ lead: 'Sa-pô đăng', version: 2 });
    expect(db.select().from(articleAutosaves).where(eq(articleAutosaves.articleId, id)).get()).toMatchObject({ baseVersion: 2 });
    expect(revisionsOf(id)).toHaveLength(revisions);
    saveArticle({ id, baseVersion: 2, snapshot: snapshot({ title: 'Bài khôi phục', lead: 'Sa-pô cũ' }), intent: 'update', userId });
    expect(db.select().from(articles).where(eq(articles.id, id)).get()).toMatchObject({ lead: 'Sa-pô cũ', version: 3 });
    expect(db.select().from(articleAutosaves).where(eq(articleAutosaves.articleId, id)).all()).toEqual([]);
  });
});
