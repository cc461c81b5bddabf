// Reduces any ProseMirror-shaped JSON (Tiptap output, a paste, a hand-made request) to the
// structure lib/article-body/schema.ts allows. Unknown nodes are unwrapped to their text, unknown
// marks and attributes are dropped. Link targets are kept as written so that validation can
// refuse an unsafe one with a clear message instead of silently changing the text.

import { EMBED_THUMBNAIL_PATH, parseEmbedUrl } from './embeds';
import { findBodyLimitProblem, type BodyLimitProblem } from './limits';

type Json = Record<string, unknown>;
type Inline = { type: 'text'; text: string; marks?: Json[] } | { type: 'hardBreak' };
type Paragraph = { type: 'paragraph'; content?: Inline[] };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const children = (node: Json): unknown[] => (Array.isArray(node.content) ? node.content : []);
const INLINE_TYPES = new Set(['text', 'hardBreak']);

function cleanMarks(marks: unknown): Json[] {
  if (!Array.isArray(marks)) return [];
  const kept = new Map<string, Json>();
  for (const mark of marks) {
    if (!isObject(mark) || kept.has(String(mark.type))) continue;
    if (mark.type === 'bold' || mark.type === 'italic') kept.set(mark.type, { type: mark.type });
    else if (mark.type === 'link' && isObject(mark.attrs) && typeof mark.attrs.href === 'string') {
      kept.set('link', { type: 'link', attrs: { href: mark.attrs.href.trim() } });
    }
  }
  return [...kept.values()];
}

function inlineNodes(nodes: unknown[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (!isObject(node)) continue;
    if (node.type === 'text' && typeof node.text === 'string' && node.text.length > 0) {
      const marks = cleanMarks(node.marks);
      out.push(
        marks.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text },
      );
    } else if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else out.push(...inlineNodes(children(node)));
  }
  return out;
}

function paragraphOf(nodes: unknown[]): Paragraph {
  const content = inlineNodes(nodes);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Every block flattened to paragraphs: what a quote or a list item may hold. */
function paragraphsOf(node: Json): Paragraph[] {
  const kids = children(node);
  if (kids.length === 0)
    return node.type === 'paragraph' || node.type === 'heading' ? [paragraphOf([])] : [];
  if (kids.every((kid) => isObject(kid) && INLINE_TYPES.has(String(kid.type))))
    return [paragraphOf(kids)];
  return kids.flatMap((kid) => (isObject(kid) ? paragraphsOf(kid) : []));
}

function cleanList(node: Json, type: 'bulletList' | 'orderedList'): Json | null {
  const items = children(node).flatMap((item) => {
    if (!isObject(item)) return [];
    const content = children(item).flatMap((kid): Json[] => {
      if (!isObject(kid)) return [];
      if (kid.type === 'bulletList' || kid.type === 'orderedList')
        return [cleanList(kid, kid.type)].filter((l) => l !== null);
      return paragraphsOf(kid);
    });
    return [{ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] }];
  });
  return items.length ? { type, content: items } : null;
}

const clip = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';
const attrsOf = (node: Json): Json => (isObject(node.attrs) ? node.attrs : {});

function cleanFigure(node: Json): Json {
  const attrs = attrsOf(node);
  const mediaId =
    Number.isSafeInteger(attrs.mediaId) && Number(attrs.mediaId) > 0 ? Number(attrs.mediaId) : null;
  return {
    type: 'figure',
    attrs: { mediaId, caption: clip(attrs.caption, 1000), credit: clip(attrs.credit, 200) },
  };
}

/**
 * Rows of cells holding paragraphs. Spans are dropped and short rows padded (a pasted table may
 * merge cells); a header row is the first row when all of its cells are headers.
 */
function cleanTable(node: Json): Json[] {
  const rows = children(node).flatMap((row) =>
    isObject(row)
      ? [
          children(row).flatMap((cell) =>
            isObject(cell)
              ? [{ header: cell.type === 'tableHeader', content: paragraphsOf(cell) }]
              : [],
          ),
        ].filter((cells) => cells.length > 0)
      : [],
  );
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((cells) => cells.length));
  const headerRow = rows[0]!.every((cell) => cell.header);
  const content = rows.map((cells, r) => ({
    type: 'tableRow',
    content: [...cells, ...Array.from({ length: width - cells.length }, () => ({ header: false, content: [] }))].map(
      (cell) => ({
        type: r === 0 && headerRow ? 'tableHeader' : 'tableCell',
        content: cell.content.length ? cell.content : [{ type: 'paragraph' }],
      }),
    ),
  }));
  return [{ type: 'table', attrs: { caption: clip(attrsOf(node).caption, 500) }, content }];
}

/** A known platform's URL is stored normalised; any other is kept as written for a precise refusal. */
function cleanEmbed(node: Json): Json {
  const attrs = attrsOf(node);
  const raw = typeof attrs.url === 'string' ? attrs.url.trim() : '';
  const parsed = parseEmbedUrl(raw);
  return {
    type: 'embed',
    attrs: {
      provider: parsed?.provider ?? '',
      url: parsed?.url ?? raw,
      title: clip(attrs.title, 300).trim(),
      // Only a poster of this site's own making: anything else is dropped, to be made again at save.
      ...(typeof attrs.thumbnail === 'string' && EMBED_THUMBNAIL_PATH.test(attrs.thumbnail) ? { thumbnail: attrs.thumbnail } : {}),
    },
  };
}

/** Paragraphs and lists: what an info box holds. */
function paragraphsAndLists(node: Json): Json[] {
  return children(node).flatMap((kid): Json[] => {
    if (!isObject(kid)) return [];
    if (kid.type === 'bulletList' || kid.type === 'orderedList')
      return [cleanList(kid, kid.type)].filter((l) => l !== null);
    return paragraphsOf(kid);
  });
}

function cleanBlock(node: unknown): Json[] {
  if (!isObject(node)) return [];
  switch (node.type) {
    case 'paragraph':
      return [paragraphOf(children(node))];
    case 'heading': {
      const level = isObject(node.attrs) && Number(node.attrs.level) >= 3 ? 3 : 2;
      const content = inlineNodes(children(node));
      return [
        content.length
          ? { type: 'heading', attrs: { level }, content }
          : { type: 'heading', attrs: { level } },
      ];
    }
    case 'blockquote': {
      const content = paragraphsOf(node).filter((p) => p.content);
      return content.length ? [{ type: 'blockquote', content }] : [];
    }
    case 'bulletList':
    case 'orderedList':
      return [cleanList(node, node.type)].filter((l) => l !== null);
    case 'figure':
      return [cleanFigure(node)];
    case 'table':
      return cleanTable(node);
    case 'gallery': {
      const figures = children(node).flatMap((kid) =>
        isObject(kid) && kid.type === 'figure' ? [cleanFigure(kid)] : [],
      );
      return figures.length ? [{ type: 'gallery', content: figures }] : [];
    }
    case 'embed':
      return [cleanEmbed(node)];
    case 'pullQuote': {
      const content = paragraphsOf(node);
      return [
        {
          type: 'pullQuote',
          attrs: { attribution: clip(attrsOf(node).attribution, 300).trim() },
          content: content.length ? content : [{ type: 'paragraph' }],
        },
      ];
    }
    case 'infoBox': {
      const content = paragraphsAndLists(node);
      return [
        {
          type: 'infoBox',
          attrs: { title: clip(attrsOf(node).title, 200).trim() },
          content: content.length ? content : [{ type: 'paragraph' }],
        },
      ];
    }
    case 'text':
    case 'hardBreak':
      return [paragraphOf([node])];
    default: {
      // Unknown container (code block, div, columns…): keep its words, not its shape.
      const kids = children(node);
      if (kids.length === 0) return [];
      if (kids.every((kid) => isObject(kid) && INLINE_TYPES.has(String(kid.type))))
        return [paragraphOf(kids)];
      return kids.flatMap(cleanBlock);
    }
  }
}

export type SanitizeResult =
  | { ok: true; doc: { type: 'doc'; content: Json[] } }
  | { ok: false; problem: BodyLimitProblem };

/**
 * The allowed shape of a body document; validate the result with articleBodySchema. Input that
 * breaks a structural limit is refused before the recursive walk below ever sees it.
 */
export function sanitizeArticleBody(input: unknown): SanitizeResult {
  const problem = findBodyLimitProblem(input);
  if (problem) return { ok: false, problem };
  const blocks = isObject(input) ? children(input) : [];
  return { ok: true, doc: { type: 'doc', content: blocks.flatMap(cleanBlock) } };
}

/** Link targets anywhere in a document, for a precise refusal message. */
export function collectHrefs(doc: unknown): string[] {
  if (!isObject(doc)) return [];
  const own = Array.isArray(doc.marks)
    ? doc.marks.flatMap((m) =>
        isObject(m) && m.type === 'link' && isObject(m.attrs) ? [String(m.attrs.href)] : [],
      )
    : [];
  return [...own, ...children(doc).flatMap(collectHrefs)];
}
