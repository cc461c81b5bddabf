import { describe, expect, it } from 'vitest';
import { findBodyLimitProblem } from './limits';
import { parseArticleBody } from './parse';
import { bodyPhotoIds, figure, paragraph, type ArticleBody } from './schema';
import { bodyToPlainText } from './text';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const cell = (type: 'tableCell' | 'tableHeader', text: string) => ({ type, content: [paragraph(text)] });
const row = (...cells: unknown[]) => ({ type: 'tableRow', content: cells });
const youtube = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

const table = {
  type: 'table',
  attrs: { caption: 'Sản lượng cà phê 2025' },
  content: [
    row(cell('tableHeader', 'Tỉnh'), cell('tableHeader', 'Sản lượng')),
    row(cell('tableCell', 'Đắk Lắk'), cell('tableCell', '550.000 tấn')),
  ],
};
const blocks = [
  table,
  { type: 'gallery', content: [figure('Một', 'Ảnh: A', 4), figure('Hai', '', 5)] },
  { type: 'embed', attrs: { provider: 'youtube', url: youtube, title: 'Lễ duyệt binh' } },
  { type: 'pullQuote', attrs: { attribution: 'Đại tướng Võ Nguyên Giáp' }, content: [paragraph('Dĩ bất biến, ứng vạn biến.')] },
  { type: 'infoBox', attrs: { title: 'Hộp thông tin' }, content: [paragraph('Năm thành lập: 1944.'), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Mục')] }] }] },
];

describe('body blocks: schema and sanitiser', () => {
  it('keep a table, gallery, embed, pull quote and info box exactly as the editor writes them', () => {
    expect(parseArticleBody(doc(...blocks))).toEqual({ ok: true, body: doc(...blocks) });
  });

  it('reduce what a paste or a hand-made request adds: spans, widths, stray attributes, ragged rows, a header cell in the body', () => {
    const result = parseArticleBody(
      doc(
        {
          type: 'table',
          attrs: { caption: 'Bảng', style: 'x' },
          content: [
            row({ type: 'tableHeader', attrs: { colspan: 2, colwidth: [120] }, content: [{ type: 'heading', content: [{ type: 'text', text: 'Gộp' }] }] }),
            row(cell('tableCell', 'a'), cell('tableHeader', 'b')),
          ],
        },
        { type: 'embed', attrs: { url: 'youtu.be/dQw4w9WgXcQ', provider: 'tiktok', title: ' Tên ', frameSrc: 'https://evil.example' } },
        { type: 'gallery', attrs: { onclick: 'x' }, content: [figure('a', '', 4), paragraph('lạc')] },
        { type: 'pullQuote', content: [] },
      ),
    );
    expect(result).toEqual({
      ok: true,
      body: doc(
        { type: 'table', attrs: { caption: 'Bảng' }, content: [row(cell('tableHeader', 'Gộp'), { type: 'tableHeader', content: [{ type: 'paragraph' }] }), row(cell('tableCell', 'a'), cell('tableCell', 'b'))] },
        { type: 'embed', attrs: { provider: 'youtube', url: youtube, title: 'Tên' } },
        { type: 'gallery', content: [figure('a', '', 4)] },
        { type: 'pullQuote', attrs: { attribution: '' }, content: [{ type: 'paragraph' }] },
      ),
    });
  });

  it('refuse an embed from anywhere else, a table too wide and a gallery too big, in Vietnamese naming the block', () => {
    const embed = parseArticleBody(doc(paragraph('x'), { type: 'embed', attrs: { url: 'https://evil.example/v/1', title: '' } }));
    expect(embed).toMatchObject({ ok: false });
    expect(!embed.ok && embed.message).toMatch(/^Khối thứ 2: không nhúng được “https:\/\/evil.example\/v\/1”\. Chỉ nhúng được địa chỉ của YouTube/);
    const noUrl = parseArticleBody(doc({ type: 'embed', attrs: {} }));
    expect(!noUrl.ok && noUrl.message).toBe('Khối thứ 1: khối nhúng chưa có địa chỉ.');
    const wide = parseArticleBody(doc({ type: 'table', content: [row(...Array.from({ length: 13 }, () => cell('tableCell', 'x')))] }));
    expect(!wide.ok && wide.message).toBe('Khối thứ 1: bảng có 13 cột, tối đa 12 cột.');
    const big = parseArticleBody(doc({ type: 'gallery', content: Array.from({ length: 51 }, (_, i) => figure('', '', i + 1)) }));
    expect(!big.ok && big.message).toBe('Khối thứ 1: bộ ảnh có 51 ảnh, tối đa 50 ảnh.');
  });

  it('count gallery photos and block titles against the body limits', () => {
    const many = doc(...Array.from({ length: 5 }, () => ({ type: 'gallery', content: Array.from({ length: 41 }, () => figure('', '', 1)) })));
    expect(findBodyLimitProblem(many)?.limit).toBe('figures');
    expect(findBodyLimitProblem(doc({ type: 'infoBox', attrs: { title: 'a'.repeat(200_001) }, content: [] }))?.limit).toBe('text');
  });

  it('list every photo the body shows, galleries included, and give every block a plain-text form (feeds, diffs)', () => {
    const body = doc(figure('', '', 3), ...blocks) as ArticleBody;
    expect(bodyPhotoIds(body)).toEqual([3, 4, 5]);
    expect(bodyToPlainText({ type: 'doc', content: body.content.slice(1) } as ArticleBody)).toBe(
      [
        '[Bảng: Sản lượng cà phê 2025]\nTỉnh | Sản lượng\nĐắk Lắk | 550.000 tấn',
        '[Ảnh: Một — Ảnh: A]\n[Ảnh: Hai]',
        `[YouTube: Lễ duyệt binh — ${youtube}]`,
        '“Dĩ bất biến, ứng vạn biến.” — Đại tướng Võ Nguyên Giáp',
        '[Hộp thông tin: Hộp thông tin]\nNăm thành lập: 1944.\n• Mục',
      ].join('\n\n'),
    );
  });
});
