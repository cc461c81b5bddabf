import { describe, expect, it } from 'vitest';
import { bodyPlainText, bodyText } from './index-text';

/** A body whose only list is nested `levels` deep, as JSON text (built without recursion). */
function nestedListJson(levels: number): string {
  let json = '{"type":"paragraph","content":[{"type":"text","text":"đáy"}]}';
  for (let i = 0; i < levels; i++) json = `{"type":"bulletList","content":[{"type":"listItem","content":[${json}]}]}`;
  return `{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"đầu"}]},${json}]}`;
}

describe('bodyText', () => {
  it('reads text and captions in document order', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Một' }, { type: 'hardBreak' }, { type: 'text', text: 'hai' }] },
        { type: 'figure', attrs: { mediaId: 1, caption: 'Chú thích', credit: 'Ảnh: A' } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ba' }] }] }] },
      ],
    };
    expect(bodyText(doc)).toBe('Một hai Chú thích ba');
  });

  it('reads the words of every body block: table cells and caption, gallery captions, embed and info box titles, pull quote attribution', () => {
    const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const doc = {
      type: 'doc',
      content: [
        { type: 'table', attrs: { caption: 'Sản lượng' }, content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [para('Tỉnh')] }] }] },
        { type: 'gallery', content: [{ type: 'figure', attrs: { mediaId: 1, caption: 'Vườn', credit: '' } }] },
        { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ', title: 'Thu hoạch' } },
        { type: 'pullQuote', attrs: { attribution: 'Chủ nhiệm' }, content: [para('Quả chín')] },
        { type: 'infoBox', attrs: { title: 'Robusta' }, content: [para('Tháng 10')] },
      ],
    };
    expect(bodyText(doc)).toBe('Sản lượng Tỉnh Vườn Thu hoạch Chủ nhiệm Quả chín Robusta Tháng 10');
  });

  it.each([10, 300, 400, 5_000, 50_000])('reads a stored body nested %i levels deep without overflowing the stack', (levels) => {
    expect(bodyPlainText(nestedListJson(levels))).toBe('đầu đáy');
  });

  it('gives no text for a body that is not JSON', () => {
    expect(bodyPlainText('{"type":"doc","content":[')).toBe('');
  });
});
