import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleBylines, articleRevisions, articles, articleTags, sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { importScrapedArticle } from '@/lib/importer/import-article';
import { createArticle } from './create';
import { ARTICLE_FIELD_LIMITS } from './limits';
import { getRevisionSnapshot, listRevisions } from './revisions';
import { saveArticle } from './save';
import { articleSnapshotSchema, readSnapshot, type ArticleSnapshot } from './snapshot';

let sectionId = 0;
let userId = 0;

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Quốc phòng – An ninh', slug: 'quoc-phong-an-ninh' }).returning().get().id;
  userId = db.insert(users).values({ email: 'btv@toasoan.test', name: 'Biên tập viên' }).returning().get().id;
});

const fields = (overrides: Partial<ArticleSnapshot> = {}): ArticleSnapshot => ({
  title: 'Hội nghị sơ kết 6 tháng',
  slug: '',
  lead: 'Sa-pô',
  body: { type: 'doc', content: [paragraph('Đoạn một.')] },
  sectionId,
  coverMediaId: null,
  tags: ['Quốc phòng'],
  bylines: [{ role: 'writer', label: 'Tin', name: 'Trần Anh Minh' }],
  seoTitle: '',
  seoDescription: '',
  ...overrides,
});

describe('one create path', () => {
  it('gives an imported draft its first revision, the text as imported', () => {
    const imported = importScrapedArticle('Bộ Quốc phòng tổ chức hội nghị.\n\nĐoạn hai.\n\nTin, ảnh: LÊ VĂN C');
    const revisions = listRevisions(imported.id);
    expect(revisions).toMatchObject([{ version: 1, reason: 'save' }]);
    const first = getRevisionSnapshot(imported.id, revisions[0]!.id);
    const row = db.select().from(articles).where(eq(articles.id, imported.id)).get()!;
    expect(row.version).toBe(1);
    expect(first).toMatchObject({ title: row.title, slug: row.slug, lead: row.lead, body: row.body, sectionId: row.sectionId });
    expect(first?.bylines).toEqual([{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'LÊ VĂN C' }]);
  });

  it('dates a published article’s first revision at its publication', () => {
    const publishedAt = new Date('2023-07-14T03:25:00Z');
    const imported = importScrapedArticle('Một bài đã đăng.\n\nĐoạn hai.', {
      title: 'Bài đã đăng',
      publish: true,
      publishedAt,
    });
    const revisions = listRevisions(imported.id);
    expect(revisions).toMatchObject([{ version: 1, reason: 'publish', createdAt: publishedAt.toISOString() }]);
  });

  it('writes bylines and tags once, whoever creates the article', () => {
    const { id } = createArticle({ ...fields({ tags: ['Quốc phòng', 'quốc phòng'] }), createdBy: userId });
    expect(db.select().from(articleTags).where(eq(articleTags.articleId, id)).all()).toHaveLength(1);
    expect(db.select().from(articleBylines).where(eq(articleBylines.articleId, id)).all()).toMatchObject([
      { position: 0, role: 'writer', label: 'Tin', name: 'Trần Anh Minh' },
    ]);
    expect(db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).all()).toHaveLength(1);
  });

  it('refuses to publish an article without a headline', () => {
    expect(() => createArticle({ ...fields({ title: '' }), status: 'published' })).toThrow(/tiêu đề/);
    expect(createArticle({ ...fields({ title: '' }), status: 'draft' }).status).toBe('draft');
  });
});

describe('one set of limits', () => {
  const longest = 'Bài, ảnh và đồ họa'.padEnd(ARTICLE_FIELD_LIMITS.bylineLabel, '.');
  const tooLong = `${longest}.`;
  const withLabel = (label: string) => fields({ bylines: [{ role: 'writer', label, name: 'Trần Anh Minh' }] });

  it('refuses the same over-long byline label on every path', () => {
    // The editor: its create, save, autosave and restore all take this schema's output.
    expect(articleSnapshotSchema.safeParse(withLabel(tooLong)).success).toBe(false);
    // A stored snapshot (autosave, revision) read back.
    expect(readSnapshot(withLabel(tooLong))).toBeNull();
    // The importer's draft and the seed's published article.
    const imported = { ...withLabel(tooLong), needsHeadline: true, sourceHash: 'a'.repeat(64) };
    expect(() => createArticle(imported)).toThrow(/bylines/);
    expect(() => createArticle({ ...withLabel(tooLong), status: 'published', publishedAt: new Date() })).toThrow(/bylines/);
    expect(db.select().from(articles).where(eq(articles.sourceHash, 'a'.repeat(64))).all()).toEqual([]);
  });

  it('accepts a label at the limit on every path', () => {
    expect(articleSnapshotSchema.parse(withLabel(longest)).bylines[0]?.label).toBe(longest);
    const { id } = createArticle({ ...withLabel(longest), status: 'published' });
    const saved = saveArticle({ id, baseVersion: 1, snapshot: articleSnapshotSchema.parse(withLabel(longest)), intent: 'update', userId });
    expect(saved.ok).toBe(true);
  });
});
