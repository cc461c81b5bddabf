import { describe, expect, it } from 'vitest';
import { figure, paragraph } from '@/lib/article-body/schema';
import { BODY_LIMITS } from '@/lib/article-body/limits';
import { checkBeforePublish, countEmptyPhotoBlocks, NO_FACTS, publishRefusal, type CheckedArticle } from './publish-checks';

const ready: CheckedArticle = {
  title: 'Quân khu 5 sơ kết công tác dân vận',
  lead: 'Sa-pô của bài.',
  body: { type: 'doc', content: [paragraph('Đoạn một.'), figure('Chú thích', '', 12)] },
  sectionId: 1,
  coverMediaId: 12,
  bylines: [{ name: 'Trần Anh Minh' }],
};
const codes = (article: CheckedArticle, facts = NO_FACTS) => {
  const checks = checkBeforePublish(article, facts);
  return { blocking: checks.blocking.map((c) => c.code), warnings: checks.warnings.map((c) => c.code) };
};

describe('pre-publish checks', () => {
  it('find nothing in a ready article, which goes live without any confirmation', () => {
    const checks = checkBeforePublish(ready, NO_FACTS);
    expect(checks).toEqual({ blocking: [], warnings: [] });
    expect(publishRefusal(checks, [])).toBeNull();
  });

  it('block the importer’s provisional headline until someone writes one, whatever the spacing', () => {
    const facts = { ...NO_FACTS, provisionalTitle: 'Báo cáo trung tâm tại hội nghị cho thấy' };
    expect(codes({ ...ready, title: ' Báo cáo trung tâm tại  hội nghị cho thấy' }, facts).blocking).toEqual(['provisional-headline']);
    expect(codes({ ...ready, title: 'Hội nghị sơ kết 5 năm' }, facts).blocking).toEqual([]);
    expect(codes({ ...ready, title: '  ' }).blocking).toEqual(['no-headline']);
  });

  it('block empty photo blocks (counted, nested too), photos without alt, no section and a body over its limits', () => {
    const nested = { type: 'doc', content: [figure('Ảnh mất'), { type: 'blockquote', content: [figure('', '', null)] }, figure('x', '', 3)] };
    expect(countEmptyPhotoBlocks(nested)).toBe(2);
    const found = checkBeforePublish(
      { ...ready, body: nested, sectionId: null },
      { ...NO_FACTS, photosMissingAlt: [{ id: 3, caption: 'Cầu Long Biên' }] },
    );
    expect(found.blocking.map((c) => c.code)).toEqual(['no-section', 'empty-photo', 'missing-alt']);
    expect(found.blocking[1]!.message).toMatch(/^2 khối ảnh chưa chọn ảnh/);
    expect(found.blocking[2]!.message).toContain('#3 (“Cầu Long Biên”)');
    const huge = { type: 'doc', content: [paragraph('a'.repeat(BODY_LIMITS.text + 1))] };
    expect(codes({ ...ready, body: huge }).blocking).toEqual(['body-limits']);
  });

  it('block an empty gallery like an empty photo block, and tables, pull quotes and info boxes without a word', () => {
    const gallery = { type: 'gallery', content: [figure('', '', null), figure('', '', null)] };
    const emptyTable = { type: 'table', attrs: { caption: 'Chưa điền' }, content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('')] }] }] };
    const quote = { type: 'pullQuote', attrs: { attribution: 'Ai đó' }, content: [paragraph(' ')] };
    const box = { type: 'infoBox', attrs: { title: 'Tiêu đề' }, content: [paragraph('')] };
    const found = checkBeforePublish({ ...ready, body: { type: 'doc', content: [paragraph('x'), gallery, emptyTable, quote, box] } }, NO_FACTS);
    expect(found.blocking).toEqual([
      { code: 'empty-photo', message: '2 khối ảnh chưa chọn ảnh (2 trong bộ ảnh): chọn ảnh từ thư viện hoặc xóa khối ảnh.' },
      {
        code: 'empty-block',
        message: 'Khối chưa có nội dung: bảng (khối thứ 3), trích dẫn nổi bật (khối thứ 4), hộp thông tin (khối thứ 5). Nhập nội dung hoặc xóa khối.',
      },
    ]);
    const filled = { type: 'doc', content: [{ type: 'gallery', content: [figure('', '', 7)] }, { ...quote, content: [paragraph('Câu nói')] }] };
    expect(codes({ ...ready, body: filled }).blocking).toEqual([]);
  });

  it('warn of a missing byline, cover and lead, a long headline and possible duplicates', () => {
    const article = { ...ready, bylines: [{ name: ' ' }], coverMediaId: null, lead: '', title: 'Tít '.repeat(30) };
    const facts = { ...NO_FACTS, duplicates: [{ id: 21, title: 'Bài gốc' }] };
    const checks = checkBeforePublish(article, facts);
    expect(checks.blocking).toEqual([]);
    expect(checks.warnings.map((c) => c.code)).toEqual(['no-byline', 'no-cover', 'long-headline', 'no-lead', 'possible-duplicate']);
    expect(checks.warnings[4]!.message).toContain('#21 (“Bài gốc”)');
    expect(codes({ ...ready, title: 'T'.repeat(100) }).warnings).toEqual([]);
  });

  it('refuse unless exactly the warnings found are confirmed, and refuse blocking problems whatever is confirmed', () => {
    const warned = checkBeforePublish({ ...ready, bylines: [], coverMediaId: null }, NO_FACTS);
    expect(publishRefusal(warned, [])).toBe('Cần xác nhận trước khi đăng: Bài chưa có tên tác giả. Bài chưa có ảnh đại diện.');
    expect(publishRefusal(warned, ['no-byline'])).not.toBeNull();
    expect(publishRefusal(warned, ['no-byline', 'no-cover', 'no-lead'])).not.toBeNull();
    expect(publishRefusal(warned, ['no-cover', 'no-byline'])).toBeNull();
    const blocked = checkBeforePublish({ ...ready, body: { type: 'doc', content: [figure('Ảnh mất')] }, bylines: [] }, NO_FACTS);
    expect(publishRefusal(blocked, ['no-byline'])).toMatch(/^Chưa thể đăng bài: 1 khối ảnh chưa chọn ảnh/);
  });
});
