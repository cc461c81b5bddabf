import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { figure, paragraph } from '@/lib/article-body/schema';
import { createMedia, updateMedia } from '@/lib/data/media';
import { createArticle } from './create';
import { getPublishCheckFacts } from './publish-check-facts';

let sectionId = 0;
beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Quân sự', slug: 'quan-su' }).returning().get().id;
});

let n = 0;
function photo(alt: string, caption = '') {
  n += 1;
  return createMedia({
    alt,
    caption,
    credit: '',
    path: `2026/11/1f8fad5b-d9cb-469f-a165-${String(n).padStart(12, '0')}.jpg`,
    width: 1000,
    height: 750,
    mimeType: 'image/jpeg',
    bytes: 1234,
    uploadedBy: null,
  });
}

const LONG_TEXT =
  'Sáng 25 tháng 11, Bộ Tư lệnh Quân khu tổ chức hội nghị sơ kết năm năm thực hiện phong trào thi đua quyết thắng, ' +
  'với sự tham dự của đại biểu các cơ quan, đơn vị trong toàn quân khu.';
const doc = (...content: ReturnType<typeof paragraph>[]) => ({ type: 'doc' as const, content });

describe('facts for the pre-publish checks', () => {
  it('name photos of the body and cover that lack alt text, until the library gives them one', () => {
    const bare = photo('', 'Cầu Long Biên');
    const cover = photo('  ');
    const fine = photo('Cầu Long Biên lúc bình minh');
    const body = { type: 'doc' as const, content: [paragraph('Mở đầu.'), figure('Chú thích', '', bare.id), figure('', '', fine.id)] };
    const facts = getPublishCheckFacts(null, { title: 'Ảnh', body, coverMediaId: cover.id });
    expect(facts.photosMissingAlt.map((m) => m.id).sort()).toEqual([bare.id, cover.id].sort());
    expect(facts.photosMissingAlt.find((m) => m.id === bare.id)?.caption).toBe('Cầu Long Biên');
    updateMedia(bare.id, { alt: 'Cầu', caption: bare.caption, credit: '' });
    updateMedia(cover.id, { alt: 'Ảnh bìa', caption: '', credit: '' });
    expect(getPublishCheckFacts(null, { title: 'Ảnh', body, coverMediaId: cover.id }).photosMissingAlt).toEqual([]);
  });

  it('give the provisional headline only while the article still needs one', () => {
    const imported = createArticle({ title: 'Báo cáo trung tâm tại hội nghị', lead: '', body: doc(), sectionId, needsHeadline: true });
    const written = createArticle({ title: 'Tít đã viết', lead: '', body: doc(), sectionId });
    const body = doc();
    expect(getPublishCheckFacts(imported.id, { title: 'x', body, coverMediaId: null }).provisionalTitle).toBe('Báo cáo trung tâm tại hội nghị');
    expect(getPublishCheckFacts(written.id, { title: 'x', body, coverMediaId: null }).provisionalTitle).toBeNull();
  });

  it('find another article with the same headline folded (drafts too), never the article itself', () => {
    const first = createArticle({ title: 'Diễn tập khu vực phòng thủ', lead: '', body: doc(), sectionId });
    const second = createArticle({ title: 'DIỄN TẬP khu vực phòng thủ!', lead: '', body: doc(), sectionId });
    createArticle({ title: 'Diễn tập khu vực phòng thủ tỉnh', lead: '', body: doc(), sectionId });
    const facts = getPublishCheckFacts(second.id, { title: 'Diễn tập khu vực  phòng thủ', body: doc(), coverMediaId: null });
    expect(facts.duplicates).toEqual([{ id: first.id, title: 'Diễn tập khu vực phòng thủ' }]);
  });

  it('find a published article with the same body under another headline', () => {
    const published = createArticle({
      title: 'Sơ kết phong trào thi đua',
      lead: '',
      body: doc(paragraph(LONG_TEXT)),
      sectionId,
      status: 'published',
      publishedAt: new Date('2026-11-25T03:00:00Z'),
    });
    const copy = createArticle({ title: 'Bài nhập lại', lead: '', body: doc(paragraph(LONG_TEXT)), sectionId });
    const facts = getPublishCheckFacts(copy.id, { title: 'Bài nhập lại', body: doc(paragraph(LONG_TEXT)), coverMediaId: null });
    expect(facts.duplicates).toEqual([{ id: published.id, title: 'Sơ kết phong trào thi đua' }]);
    // Its own live text is no duplicate of itself, and a different story is none either.
    expect(getPublishCheckFacts(published.id, { title: 'Sơ kết phong trào thi đua', body: doc(paragraph(LONG_TEXT)), coverMediaId: null }).duplicates).toEqual([]);
    const other = doc(paragraph(LONG_TEXT.replace('Sáng 25', 'Chiều 26').replace('năm năm', 'mười năm')));
    expect(getPublishCheckFacts(copy.id, { title: 'Bài nhập lại', body: other, coverMediaId: null }).duplicates).toEqual([]);
  });
});
