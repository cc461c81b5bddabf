import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, findBodyLimitProblem } from './limits';
import { parseArticleBody } from './parse';
import { articleBodySchema } from './schema';
import { sanitizeArticleBody } from './sanitize';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

/** A bullet list nested `levels` deep (a list in the only item of the list above it). */
function nestedList(levels: number): unknown {
  let node: unknown = paragraph('Mục trong cùng');
  for (let i = 0; i < levels; i++) {
    node = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(`Cấp ${levels - i}`), node] }] };
  }
  return doc(node);
}

/** The same document as JSON text, built without recursion (JSON.stringify overflows at 5,000). */
function nestedListJson(levels: number): string {
  let json = '{"type":"paragraph","content":[{"type":"text","text":"x"}]}';
  for (let i = 0; i < levels; i++) json = `{"type":"bulletList","content":[{"type":"listItem","content":[${json}]}]}`;
  return `{"type":"doc","content":[${json}]}`;
}

describe('findBodyLimitProblem', () => {
  it('accepts lists nested up to the limit, and quotes inside them', () => {
    expect(findBodyLimitProblem(nestedList(BODY_LIMITS.nesting))).toBeNull();
    expect(findBodyLimitProblem(nestedList(3))).toBeNull();
    const quoteInList = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [paragraph('Trích')] }] }] };
    expect(findBodyLimitProblem(doc(quoteInList))).toBeNull();
  });

  it.each([11, 300, 400, 5_000, 100_000])('refuses lists nested %i deep, naming the limit', (levels) => {
    const input = levels > 1_000 ? JSON.parse(nestedListJson(levels)) : nestedList(levels);
    expect(findBodyLimitProblem(input)).toEqual({
      limit: 'nesting',
      message: 'Danh sách và trích dẫn chỉ được lồng vào nhau tối đa 10 cấp.',
    });
  });

  it('counts unknown wrappers as levels and bounds chains of list items too', () => {
    let wrapped: unknown = paragraph('x');
    for (let i = 0; i < 11; i++) wrapped = { type: 'div', content: [wrapped] };
    expect(findBodyLimitProblem(doc(wrapped))?.limit).toBe('nesting');
    let items: unknown = paragraph('x');
    for (let i = 0; i < 50; i++) items = { type: 'listItem', content: [items] };
    expect(findBodyLimitProblem(doc(items))?.limit).toBe('nesting');
  });

  it('refuses too many nodes, too much text and too many figures', () => {
    const many = Array.from({ length: BODY_LIMITS.nodes }, () => ({ type: 'hardBreak' }));
    expect(findBodyLimitProblem(doc({ type: 'paragraph', content: many }))).toMatchObject({
      limit: 'nodes',
      message: expect.stringContaining('20.000'),
    });
    const chapters = Array.from({ length: 11 }, () => paragraph('chữ'.repeat(6_100)));
    expect(findBodyLimitProblem(doc(...chapters))).toMatchObject({
      limit: 'text',
      message: 'Nội dung bài quá dài: tối đa 200.000 ký tự.',
    });
    const figure = { type: 'figure', attrs: { mediaId: null, caption: 'Ảnh', credit: '' } };
    expect(findBodyLimitProblem(doc(...Array.from({ length: 200 }, () => figure)))).toBeNull();
    expect(findBodyLimitProblem(doc(...Array.from({ length: 201 }, () => figure)))).toMatchObject({
      limit: 'figures',
      message: 'Bài có quá nhiều ảnh: tối đa 200 ảnh.',
    });
  });

  it('counts captions and credits as text', () => {
    const figure = { type: 'figure', attrs: { mediaId: null, caption: 'c'.repeat(1_000), credit: 'd'.repeat(200) } };
    expect(findBodyLimitProblem(doc(...Array.from({ length: 170 }, () => figure)))?.limit).toBe('text');
  });

  it('stops at the first violation of a huge document', () => {
    const huge = doc({ type: 'paragraph', content: Array.from({ length: 200_000 }, () => text('x')) });
    const started = performance.now();
    expect(findBodyLimitProblem(huge)?.limit).toBe('nodes');
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('the limits in the schema, the sanitiser and the save path', () => {
  it.each([300, 400, 5_000])('refuses a %i-level list without overflowing the stack', (levels) => {
    const input = JSON.parse(nestedListJson(levels));
    const message = 'Danh sách và trích dẫn chỉ được lồng vào nhau tối đa 10 cấp.';
    expect(parseArticleBody(input)).toEqual({ ok: false, message });
    expect(sanitizeArticleBody(input)).toMatchObject({ ok: false, problem: { limit: 'nesting' } });
    const parsed = articleBodySchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toHaveLength(1);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it('accepts a 10-level list through every layer', () => {
    const input = JSON.parse(nestedListJson(10));
    expect(parseArticleBody(input).ok).toBe(true);
    expect(articleBodySchema.safeParse(input).success).toBe(true);
  });
});
