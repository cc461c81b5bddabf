import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleAutosaves, articles, sections } from '@/db/schema';
import { figure, paragraph } from '@/lib/article-body/schema';
import { eq } from 'drizzle-orm';
import { createMedia, getFocalPointByPath, getMedia, listMedia, listMediaByIds, setMediaFocalPoint, updateMedia } from './media';
import { listPhotosMissingAlt } from './media-alt';
import { planOf, recordQueries } from '@/tests/support/query-plans';
import { deleteMediaIfUnused, listMediaUsage, updateMediaWords } from './media-usage';

let sectionId = 0;
let n = 0;

function photo(fields: { alt?: string; caption?: string; credit?: string } = {}) {
  n += 1;
  return createMedia({
    alt: fields.alt ?? '',
    caption: fields.caption ?? '',
    credit: fields.credit ?? '',
    path: `2026/11/0f8fad5b-d9cb-469f-a165-${String(n).padStart(12, '0')}.jpg`,
    width: 1000,
    height: 750,
    mimeType: 'image/jpeg',
    bytes: 1234,
    uploadedBy: null,
  });
}

function article(body: ReturnType<typeof figure>[], coverMediaId: number | null = null) {
  n += 1;
  return db
    .insert(articles)
    .values({
      title: `Bài ${n}`,
      slug: `bai-${n}`,
      body: { type: 'doc', content: [paragraph('Mở đầu.'), ...body] },
      sectionId: sectionId,
      coverMediaId,
    })
    .returning({ id: articles.id })
    .get().id;
}

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Quốc phòng', slug: 'quoc-phong' }).returning().get().id;
});

describe('media library data', () => {
  it('hands out srcset-ready items', () => {
    const item = photo({ caption: 'Quang cảnh hội nghị.' });
    expect(item.src).toMatch(/^\/media\/2026\/11\/.+\.jpg$/);
    expect(item.srcSet.split(', ').map((c) => c.split(' ')[1])).toEqual(['320w', '640w', '960w', '1000w']);
  });

  it('searches caption, credit and alt ignoring accents and case', () => {
    const item = photo({ caption: 'Đại biểu dự hội nghị', credit: 'Ảnh: TRẦN ANH MINH' });
    const ids = (query: string) => listMedia({ query, page: 1, pageSize: 50 }).items.map((m) => m.id);
    expect(ids('dai bieu')).toContain(item.id);
    expect(ids('tran anh minh')).toContain(item.id);
    expect(ids('không có')).not.toContain(item.id);
  });

  it('filters by upload time', () => {
    const item = photo();
    const future = new Date(Date.now() + 60_000);
    expect(listMedia({ from: future, page: 1, pageSize: 50 }).items.map((m) => m.id)).not.toContain(item.id);
    expect(listMedia({ to: future, page: 1, pageSize: 50 }).items.map((m) => m.id)).toContain(item.id);
  });

  it('pages the unsearched library newest first from the upload-time index, reading only the page', () => {
    const [older, newer, newest] = [photo(), photo(), photo()];
    const all = listMedia({ page: 1, pageSize: 1000 });
    const first = listMedia({ page: 1, pageSize: 2 });
    expect(first.total).toBe(all.total);
    expect(first.items.map((m) => m.id)).toEqual([newest.id, newer.id]);
    expect(listMedia({ page: 2, pageSize: 2 }).items.map((m) => m.id)).toEqual(all.items.slice(2, 4).map((m) => m.id));
    expect(all.items.map((m) => m.id)).toContain(older.id);
    const plans = recordQueries(() => listMedia({ page: 3, pageSize: 2 })).queries.map(planOf);
    expect(plans.join('\n')).toMatch(/SCAN media USING INDEX media_created_idx/);
    expect(plans.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('fetches given ids, skipping unknown ones', () => {
    const a = photo();
    const b = photo();
    expect(listMediaByIds([a.id, b.id, 999_999]).map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(listMediaByIds([])).toEqual([]);
  });

  it('updates alt, caption and credit', () => {
    const item = photo();
    expect(updateMedia(item.id, { alt: 'Toàn cảnh', caption: 'Chú thích', credit: 'Ảnh: TTXVN' })).toMatchObject({
      alt: 'Toàn cảnh',
      caption: 'Chú thích',
      credit: 'Ảnh: TTXVN',
    });
    expect(updateMedia(999_999, { alt: '', caption: '', credit: '' })).toBeNull();
  });

  it('finds where a photo is used and refuses to delete it until it is not', () => {
    const cover = photo();
    const inFigure = photo();
    const inAutosave = photo();
    const unused = photo();
    const coverArticle = article([], cover.id);
    const figureArticle = article([figure('Chú thích riêng', '', inFigure.id)]);
    db.insert(articleAutosaves)
      .values({
        articleId: coverArticle,
        baseVersion: 1,
        snapshot: { body: { type: 'doc', content: [figure('', '', inAutosave.id)] }, coverMediaId: null },
      })
      .run();

    expect(listMediaUsage(cover.id)).toEqual([expect.objectContaining({ articleId: coverArticle, as: 'cover' })]);
    expect(listMediaUsage(inFigure.id)).toEqual([expect.objectContaining({ articleId: figureArticle, as: 'figure' })]);
    expect(listMediaUsage(inAutosave.id)).toEqual([expect.objectContaining({ articleId: coverArticle, as: 'autosave' })]);

    for (const used of [cover, inFigure, inAutosave]) {
      expect(deleteMediaIfUnused(used.id)).toMatchObject({ ok: false, reason: 'in-use' });
      expect(getMedia(used.id)).not.toBeNull();
    }
    expect(deleteMediaIfUnused(unused.id)).toMatchObject({ ok: true, path: expect.stringMatching(/\.jpg$/) });
    expect(getMedia(unused.id)).toBeNull();
    expect(deleteMediaIfUnused(unused.id)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('counts a photo in a gallery, in the article and in an unsaved autosave, as used', () => {
    const inGallery = photo();
    const inAutosavedGallery = photo();
    const gallery = (id: number) => ({ type: 'gallery', content: [figure('', '', photo().id), figure('', '', id)] });
    const galleryArticle = article([gallery(inGallery.id) as never]);
    db.insert(articleAutosaves)
      .values({ articleId: galleryArticle, baseVersion: 1, snapshot: { body: { type: 'doc', content: [gallery(inAutosavedGallery.id)] }, coverMediaId: null } })
      .run();
    expect(listMediaUsage(inGallery.id)).toEqual([expect.objectContaining({ articleId: galleryArticle, as: 'figure' })]);
    expect(listMediaUsage(inAutosavedGallery.id)).toEqual([expect.objectContaining({ articleId: galleryArticle, as: 'autosave' })]);
    expect(deleteMediaIfUnused(inGallery.id)).toMatchObject({ ok: false, reason: 'in-use' });
  });

  it('keeps working beside stored bodies SQLite cannot read, and still protects the photos they show', () => {
    const shownDeep = photo();
    const unrelated = photo();
    // Stored before the structural limits: 300 levels of lists is past SQLite's JSON depth limit.
    let list = '{"type":"paragraph"}';
    for (let i = 0; i < 300; i++) list = `{"type":"bulletList","content":[{"type":"listItem","content":[${list}]}]}`;
    const deepBody = `{"type":"doc","content":[${list},${JSON.stringify(figure('', '', shownDeep.id))}]}`;
    const insert = db.$client.prepare(
      "INSERT INTO articles (title, slug, lead, body, status, section_id) VALUES (?, ?, '', ?, 'draft', ?) RETURNING id",
    );
    const deep = (insert.get('Bài lồng sâu', `long-sau-${n}`, deepBody, sectionId) as { id: number }).id;
    insert.get('Bài hỏng', `hong-${n}`, '{"type":"doc","content":[', sectionId);
    db.$client
      .prepare('INSERT INTO article_autosaves (article_id, base_version, snapshot) VALUES (?, 1, ?)')
      .run(deep, `{"coverMediaId":null,"body":${deepBody}}`);

    expect(listMediaUsage(unrelated.id)).toEqual([]);
    expect(listMediaUsage(shownDeep.id)).toEqual([
      expect.objectContaining({ articleId: deep, as: 'autosave' }),
      expect.objectContaining({ articleId: deep, as: 'figure' }),
    ]);
    expect(deleteMediaIfUnused(shownDeep.id)).toMatchObject({ ok: false, reason: 'in-use' });
    expect(deleteMediaIfUnused(unrelated.id)).toMatchObject({ ok: true });
  });

  it('lists the photos of an article that still lack alt text', () => {
    const described = photo({ alt: 'Trung tướng phát biểu' });
    const bare = photo();
    const bareCover = photo();
    const id = article([figure('', '', described.id), figure('', '', bare.id), figure('Ảnh đã mất')], bareCover.id);
    expect(listPhotosMissingAlt(id).map((m) => m.id).sort()).toEqual([bare.id, bareCover.id].sort());
    updateMedia(bare.id, { alt: 'Quang cảnh', caption: '', credit: '' });
    updateMedia(bareCover.id, { alt: 'Đại biểu', caption: '', credit: '' });
    expect(listPhotosMissingAlt(id)).toEqual([]);
  });

  it('points figures holding a copy of the old caption or credit back at the library, keeping an article’s own words', () => {
    const item = photo({ alt: 'Cầu', caption: 'Cầu Long Biên', credit: 'Ảnh: NGUYỄN HẢI' });
    const copied = article([figure('Cầu Long Biên', 'Ảnh: NGUYỄN HẢI', item.id)]);
    const own = article([figure('Cầu trong sương sớm', 'Ảnh: TTXVN', item.id)]);
    const figuresOf = (id: number) =>
      (db.select({ body: articles.body }).from(articles).where(eq(articles.id, id)).get()!.body as { content: { type: string; attrs?: object }[] }).content
        .filter((b) => b.type === 'figure')
        .map((b) => b.attrs);

    const result = updateMediaWords(item.id, { alt: 'Cầu', caption: 'Cầu Long Biên', credit: 'Ảnh: TRẦN ANH MINH' })!;
    expect(result.after.credit).toBe('Ảnh: TRẦN ANH MINH');
    expect(result.tags).toEqual(expect.arrayContaining([`article:${copied}`, `article:${own}`]));
    // Only the changed credit was a copy to drop; the unchanged caption stays where it was.
    expect(figuresOf(copied)).toEqual([{ mediaId: item.id, caption: 'Cầu Long Biên', credit: '' }]);
    expect(figuresOf(own)).toEqual([{ mediaId: item.id, caption: 'Cầu trong sương sớm', credit: 'Ảnh: TTXVN' }]);
    expect(updateMediaWords(999_999, { alt: '', caption: '', credit: '' })).toBeNull();
  });

  it('keeps a focal point by id and by stored path', () => {
    const item = photo();
    const path = item.src.replace(/^\/media\//, '');
    expect(getFocalPointByPath(path)).toBeNull();
    expect(setMediaFocalPoint(item.id, { x: 0.25, y: 0.8 })).toEqual({ path, previous: null });
    expect(getFocalPointByPath(path)).toEqual({ x: 0.25, y: 0.8 });
    expect(getMedia(item.id)!.focal).toEqual({ x: 0.25, y: 0.8 });
    expect(setMediaFocalPoint(item.id, null)).toEqual({ path, previous: { x: 0.25, y: 0.8 } });
    expect(getFocalPointByPath('2026/11/khong-co.jpg')).toBeUndefined();
    expect(setMediaFocalPoint(999_999, null)).toBeNull();
  });
});
