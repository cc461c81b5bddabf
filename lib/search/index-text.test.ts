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

  it.each([10, 300, 400, 5_000, 50_000])('reads a stored body nested %i levels deep without overflowing the stack', (levels) => {
    expect(bodyPlainText(nestedListJson(levels))).toBe('đầu đáy');
  });

  it('gives no text for a body that is not JSON', () => {
    expect(bodyPlainText('{"type":"doc","content":[')).toBe('');
  });
});
