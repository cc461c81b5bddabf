import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '../parse';
import type { BlockNode, InlineNode } from '../schema';
import { cleanPastedHtml } from './clean-pasted-html';

// Each fixture is the text/html a browser hands over when the same short story is copied from
// that source (Word 365 on Windows, Google Docs in Chrome, LibreOffice Writer 7.6, a news site).

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', `${name}.html`), 'utf8');
const text = (t: string, ...marks: ('bold' | 'italic')[]): InlineNode =>
  marks.length ? { type: 'text', text: t, marks: marks.map((type) => ({ type })) } : { type: 'text', text: t };
const p = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const item = (t: string, ...nested: BlockNode[]) => ({ type: 'listItem', content: [p(text(t)), ...nested] });
const photo = (caption = ''): BlockNode => ({ type: 'figure', attrs: { mediaId: null, caption, credit: '' } });

const headline: BlockNode = { type: 'heading', attrs: { level: 2 }, content: [text('Mùa cà phê ở Tây Nguyên')] };
const lead = p(
  text('Niên vụ này, nông dân '),
  text('Đắk Lắk', 'bold'),
  text(' thu hoạch sớm hơn mọi năm. Theo '),
  text('Sở Nông nghiệp', 'italic'),
  text(', giá cà phê nhân đạt mức cao nhất '),
  { type: 'text', text: 'trong mười năm', marks: [{ type: 'link', attrs: { href: 'https://example.vn/gia-ca-phe' } }] },
  text('.'),
);
const bullets = {
  type: 'bulletList',
  content: [item('Giá cao kỷ lục', { type: 'bulletList', content: [item('Robusta tăng 20%')] } as BlockNode), item('Thiếu lao động hái')],
} as BlockNode;
const numbered = { type: 'orderedList', content: [item('Thu hái'), item('Phơi sấy')] } as BlockNode;
const subheading: BlockNode = { type: 'heading', attrs: { level: 2 }, content: [text('Sản lượng theo tỉnh')] };
const lines = p(text('Dòng một'), { type: 'hardBreak' }, text('Dòng hai'));
const cells = (type: 'tableCell' | 'tableHeader', ...content: InlineNode[]) => ({
  type: 'tableRow',
  content: content.map((c) => ({ type, content: [p(c)] })),
});
const table = (caption: string, ...rows: ReturnType<typeof cells>[]) => ({ type: 'table', attrs: { caption }, content: rows }) as BlockNode;
const figures = table('', cells('tableCell', text('Tỉnh', 'bold'), text('Sản lượng', 'bold')), cells('tableCell', text('Đắk Lắk'), text('550.000 tấn')));

describe('pasting from each source keeps the structure and drops the rest', () => {
  it.each(['word', 'google-docs', 'libreoffice'])('%s: heading, marks, link, nested and numbered lists, the table, the image as a photo block, line breaks', (name) => {
    const pasted = cleanPastedHtml(fixture(name));
    expect(pasted.blocks).toEqual([
      headline,
      lead,
      bullets,
      numbered,
      subheading,
      figures,
      photo(),
      lines,
    ]);
    expect(pasted).toMatchObject({ images: 1, tables: 1 });
  });

  it('a web page: caption and quote kept; hidden ads, scripts, buttons, a tracking pixel and a javascript: link dropped', () => {
    const pasted = cleanPastedHtml(fixture('web'));
    expect(pasted.blocks).toEqual([
      headline,
      lead,
      bullets,
      numbered,
      subheading,
      table('Sản lượng niên vụ 2025–2026', cells('tableHeader', text('Tỉnh'), text('Sản lượng')), cells('tableCell', text('Đắk Lắk'), text('550.000 tấn'))),
      photo('Nông dân hái cà phê ở Buôn Ma Thuột. Ảnh: T.L.'),
      { type: 'blockquote', content: [p(text('“Chưa năm nào giá tốt như năm nay”, '), text('ông Y Bih', 'bold'), text(' nói.'))] },
      lines,
      p(text('Bấm vào đây để xem thêm.')),
    ]);
    expect(pasted).toMatchObject({ images: 1, tables: 1 });
  });

  it.each(['word', 'google-docs', 'libreoffice', 'web'])('%s: the result is a valid article body with no Office junk left', (name) => {
    const { blocks } = cleanPastedHtml(fixture(name));
    expect(parseArticleBody({ type: 'doc', content: blocks })).toMatchObject({ ok: true });
    const json = JSON.stringify(blocks);
    for (const junk of ['mso', '·', 'o:p', 'docs-internal', 'Quảng cáo', 'dataLayer', 'Chia sẻ', '\u00a0', 'javascript'])
      expect(json).not.toContain(junk);
  });
});

describe('cleaning rules', () => {
  it("Docs' font-weight:normal <b> wrapper is not bold; a style's weight and slant become marks", () => {
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span> <span style="font-style:italic">nghiêng</span> thường</p></b>';
    expect(cleanPastedHtml(html).blocks).toEqual([p(text('Đậm', 'bold'), text(' '), text('nghiêng', 'italic'), text(' thường'))]);
  });

  it('drops empty paragraphs, non-breaking-space paragraphs and stray line breaks between blocks', () => {
    const html = '<p>Một</p><p>&nbsp;</p><p><br></p><br><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>Hai</p>';
    expect(cleanPastedHtml(html).blocks).toEqual([p(text('Một')), p(text('Hai'))]);
  });

  it('maps h1/h2 to the body’s subheading and h3–h6 to its small heading', () => {
    const levels = cleanPastedHtml('<h1>A</h1><h2>B</h2><h3>C</h3><h6>D</h6>').blocks.map((b) => b.type === 'heading' && b.attrs.level);
    expect(levels).toEqual([2, 2, 3, 3]);
  });

  it('a Word list that switches from bullets to numbers at one level makes two lists; a numbered sub-level nests', () => {
    const para = (level: number, marker: string, t: string) =>
      `<p style='mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp;</span></span><![endif]>${t}</p>`;
    const blocks = cleanPastedHtml(para(1, '·', 'A') + para(2, 'a)', 'A1') + para(1, '1.', 'B')).blocks;
    expect(blocks).toEqual([
      { type: 'bulletList', content: [item('A', { type: 'orderedList', content: [item('A1')] } as BlockNode)] },
      { type: 'orderedList', content: [item('B')] },
    ]);
  });

  it('an image inside a table cell or a heading is not lost: it follows as a photo block', () => {
    const pasted = cleanPastedHtml('<table><tr><td>Ô <img src="x.png"></td></tr></table><h2>Tít<img src="y.png"></h2>');
    expect(pasted.blocks).toEqual([table('', cells('tableCell', text('Ô'))), photo(), { type: 'heading', attrs: { level: 2 }, content: [text('Tít')] }, photo()]);
    expect(pasted.images).toBe(2);
  });

  it('pads ragged rows, keeps a header only on the first row, and lays a table too wide for the block out as rows', () => {
    const ragged = cleanPastedHtml('<table><tr><th>A</th><th>B</th></tr><tr><th>C</th></tr></table>').blocks;
    expect(ragged).toEqual([
      table('', cells('tableHeader', text('A'), text('B')), {
        type: 'tableRow',
        content: [{ type: 'tableCell', content: [p(text('C'))] }, { type: 'tableCell', content: [{ type: 'paragraph' }] }],
      }),
    ]);
    expect(parseArticleBody({ type: 'doc', content: ragged })).toMatchObject({ ok: true });
    const wide = `<table><tr>${Array.from({ length: 13 }, (_, i) => `<td>${i}</td>`).join('')}</tr></table>`;
    expect(cleanPastedHtml(wide).blocks).toEqual([p(...Array.from({ length: 13 }, (_, i) => [text(i ? ' | ' : ''), text(String(i))]).flat().slice(1))]);
  });

  it('keeps the text of a link whose target is unsafe, without the link', () => {
    expect(cleanPastedHtml('<a href="data:text/html,x">Xem</a> tiếp').blocks).toEqual([p(text('Xem tiếp'))]);
  });
});
