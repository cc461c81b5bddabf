// Structural limits of an article body, checked before anything walks the document recursively.
// A reporter's draft nested a few hundred lists deep once broke SQLite's JSON functions (depth
// limit 1000) for every photo page, and a few hundred more overflowed the stack of the recursive
// sanitiser and zod. The limits are far above any real article and far below either breaking point.

export const BODY_LIMITS = {
  /** Lists and quotes inside each other (a list in a list item counts one level). */
  nesting: 10,
  /** Every node: blocks, list items, runs of text, line breaks. */
  nodes: 20_000,
  /** Characters of text, captions, credits, titles and attributions together. */
  text: 200_000,
  /** Photos, in figures and galleries alike. */
  figures: 200,
} as const;

/** Columns a table may have: more cannot be read on a phone even with scrolling. */
export const MAX_TABLE_COLUMNS = 12;
export const MAX_GALLERY_PHOTOS = 50;

export type BodyLimit = keyof typeof BODY_LIMITS;
export type BodyLimitProblem = { limit: BodyLimit; message: string };

const count = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

const MESSAGES: Record<BodyLimit, string> = {
  nesting: `Danh sách và trích dẫn chỉ được lồng vào nhau tối đa ${BODY_LIMITS.nesting} cấp.`,
  nodes: `Nội dung bài có quá nhiều thành phần (đoạn, mục danh sách, đoạn chữ định dạng…): tối đa ${count(BODY_LIMITS.nodes)}.`,
  text: `Nội dung bài quá dài: tối đa ${count(BODY_LIMITS.text)} ký tự.`,
  figures: `Bài có quá nhiều ảnh: tối đa ${count(BODY_LIMITS.figures)} ảnh.`,
};

// Node types that hold other nodes without adding a level a reader sees. Any other container,
// known (list, quote) or unknown (a pasted div or table the sanitiser unwraps), is one level.
// A table's rows and cells belong to its one level, as a gallery's figures to the gallery's.
const FLAT_TYPES = new Set([
  'doc', 'listItem', 'paragraph', 'heading', 'text', 'hardBreak', 'figure', 'embed', 'tableRow', 'tableCell', 'tableHeader',
]);
// doc, a list item per level, a paragraph and its text: the deepest a valid document goes.
// It also bounds chains of flat types (list items in list items) that the level count skips.
const MAX_DEPTH = 2 * BODY_LIMITS.nesting + 3;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const length = (value: unknown) => (typeof value === 'string' ? value.length : 0);

/**
 * The first structural limit an untrusted, ProseMirror-shaped document breaks, or null. It walks
 * `content` arrays with an explicit stack (never recursion), so any depth is safe to check, and it
 * stops at the first violation, so any size is cheap to refuse.
 */
export function findBodyLimitProblem(doc: unknown): BodyLimitProblem | null {
  const problem = (limit: BodyLimit): BodyLimitProblem => ({ limit, message: MESSAGES[limit] });
  const stack: { node: unknown; depth: number; level: number }[] = [{ node: doc, depth: 1, level: 0 }];
  let nodes = 1;
  let text = 0;
  let figures = 0;
  while (stack.length > 0) {
    const { node, depth, level: parentLevel } = stack.pop()!;
    if (!isObject(node)) continue;
    const level = parentLevel + (FLAT_TYPES.has(String(node.type)) ? 0 : 1);
    if (level > BODY_LIMITS.nesting || depth > MAX_DEPTH) return problem('nesting');
    if (node.type === 'figure' && ++figures > BODY_LIMITS.figures) return problem('figures');
    const attrs = isObject(node.attrs) ? node.attrs : {};
    text +=
      length(node.text) + length(attrs.caption) + length(attrs.credit) + length(attrs.title) + length(attrs.attribution);
    if (text > BODY_LIMITS.text) return problem('text');
    if (!Array.isArray(node.content)) continue;
    nodes += node.content.length;
    if (nodes > BODY_LIMITS.nodes) return problem('nodes');
    for (const child of node.content) stack.push({ node: child, depth: depth + 1, level });
  }
  return null;
}
