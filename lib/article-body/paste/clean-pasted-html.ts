import { DomUtils, parseDocument } from 'htmlparser2';
import { safeLink } from '@/lib/security/safe-link';
import type { BlockNode, FigureNode, InlineNode, ListItemNode, ListNode, ParagraphNode } from '../schema';
import { isElement, isText, type DomElement, type DomNode } from './dom';
import { InlineRun, type PastedMarks } from './inline-run';
import { tableBlocks, type PastedTable } from './pasted-table';
import { wordListItem, wordListsFrom, type WordListParagraph } from './word-lists';

// Clipboard HTML (Word, Google Docs, LibreOffice, web pages) reduced to the article body's own
// blocks: headings, paragraphs with line breaks, nested lists, quotes, tables, bold, italic and
// safe links. Styles, classes, spans, Office markup and empty paragraphs go; what a style meant
// (Docs' font-weight:700) is kept as a mark first. A pasted image cannot come with its file, so it
// becomes an empty photo block that asks for an upload, and is counted so the editor says so.
// Pure code on htmlparser2, so the browser and the fixture tests run the same cleaner.


export type PastedContent = {
  blocks: BlockNode[];
  /** Images that arrived as empty photo blocks (their files never come with the clipboard). */
  images: number;
  tables: number;
};

// Never content: Office's and browsers' metadata, scripts, form controls, VML drawings.
const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'style', 'script', 'template', 'noscript', 'svg', 'math',
  'iframe', 'object', 'embed', 'button', 'input', 'select', 'textarea', 'xml', 'colgroup', 'col',
]);
const CONTAINERS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'center',
  'dl', 'dd', 'dt', 'li', 'td', 'th', 'caption', 'figcaption', 'body', 'html', 'form', 'fieldset', 'details', 'summary',
]);
const HEADING_LEVEL: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };
const BLOCKQUOTE_MAX_PARAGRAPHS = 20;
const NO_MARKS: PastedMarks = { bold: false, italic: false, href: null };

function styleOf(el: DomElement): Map<string, string> {
  const style = new Map<string, string>();
  for (const rule of (el.attribs.style ?? '').split(';')) {
    const colon = rule.indexOf(':');
    if (colon > 0) style.set(rule.slice(0, colon).trim().toLowerCase(), rule.slice(colon + 1).trim().toLowerCase());
  }
  return style;
}

/** Whether an element is hidden or Office's own list marker ("·", "1.") that the list rebuilds. */
export function isJunk(el: DomElement): boolean {
  if (SKIPPED.has(el.name) || el.name.startsWith('v:') || el.name.startsWith('w:')) return true;
  const style = styleOf(el);
  return style.get('display') === 'none' || style.get('mso-list') === 'ignore';
}

/** The marks inside an element: tags first, then what its inline style says (Docs writes only styles). */
function marksWithin(el: DomElement, outer: PastedMarks): PastedMarks {
  const marks = { ...outer };
  if (el.name === 'b' || el.name === 'strong') marks.bold = true;
  if (el.name === 'i' || el.name === 'em') marks.italic = true;
  if (el.name === 'a') {
    const href = (el.attribs.href ?? '').trim();
    marks.href = safeLink(href) ? href : null;
  }
  const style = styleOf(el);
  const weight = style.get('font-weight');
  if (weight) marks.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = style.get('font-style');
  if (fontStyle) marks.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  return marks;
}

const textOf = (el: DomElement) => DomUtils.textContent(el).replace(/[\s\u00a0]+/g, ' ').trim();

function isTinyImage(el: DomElement): boolean {
  const w = Number(el.attribs.width);
  const h = Number(el.attribs.height);
  return (w > 0 && w <= 2) || (h > 0 && h <= 2);
}

const emptyPhoto = (caption: string): FigureNode => ({ type: 'figure', attrs: { mediaId: null, caption, credit: '' } });

class Walker {
  readonly blocks: BlockNode[] = [];
  private run = new InlineRun();
  constructor(private readonly stats: { images: number; tables: number }) {}

  private flush(): void {
    const content = this.run.take();
    if (content) this.blocks.push({ type: 'paragraph', content });
  }

  /** The inline content of an element as one run (lines of its paragraphs joined by line breaks); its photos go after. */
  inlineOf(el: DomElement, marks: PastedMarks): { content: InlineNode[] | null; after: BlockNode[] } {
    const inner = new Walker(this.stats);
    inner.walk(el.children, marks, false);
    const lines: InlineNode[][] = [];
    const after: BlockNode[] = [];
    for (const block of inner.finish()) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push(block.content ?? []);
      else if (block.type === 'bulletList' || block.type === 'orderedList') lines.push(...listLines(block));
      else if (block.type === 'blockquote') lines.push(...block.content.map((p) => p.content ?? []));
      else after.push(block);
    }
    const content = lines.filter((l) => l.length).flatMap((line, i) => (i ? [{ type: 'hardBreak' } as const, ...line] : line));
    return { content: content.length ? content : null, after };
  }

  walk(nodes: DomNode[], marks: PastedMarks, preformatted: boolean): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (isText(node)) {
        this.run.text(node.data, marks, preformatted);
        continue;
      }
      if (!isElement(node) || isJunk(node)) continue;
      // Word writes a list as paragraphs marked mso-list with a level: gather the run of them.
      if (wordListItem(node)) {
        const items: WordListParagraph[] = [];
        for (; i < nodes.length; i++) {
          const next = nodes[i]!;
          if (isText(next) && !next.data.trim()) continue;
          const item = isElement(next) ? wordListItem(next) : null;
          if (!item || !isElement(next)) break;
          items.push({ ...item, content: this.inlineOf(next, marks).content ?? [] });
        }
        i--;
        this.flush();
        this.blocks.push(...wordListsFrom(items));
        continue;
      }
      this.element(node, marks, preformatted);
    }
  }

  private element(el: DomElement, marks: PastedMarks, preformatted: boolean): void {
    const name = el.name;
    if (name === 'br') return this.run.lineBreak();
    if (name === 'hr') return this.flush();
    if (name === 'img') {
      if (isTinyImage(el)) return;
      this.flush();
      this.stats.images++;
      this.blocks.push(emptyPhoto(''));
      return;
    }
    if (name === 'figure' && DomUtils.findOne((n) => n.name === 'img', el.children)) {
      this.flush();
      this.stats.images++;
      const caption = DomUtils.findOne((n) => n.name === 'figcaption', el.children);
      this.blocks.push(emptyPhoto(caption ? textOf(caption) : ''));
      return;
    }
    const level = HEADING_LEVEL[name];
    if (level) {
      this.flush();
      const { content, after } = this.inlineOf(el, marks);
      if (content) this.blocks.push({ type: 'heading', attrs: { level }, content });
      this.blocks.push(...after);
      return;
    }
    if (name === 'ul' || name === 'ol') {
      this.flush();
      const { list, after } = this.list(el, marks);
      if (list) this.blocks.push(list);
      this.blocks.push(...after);
      return;
    }
    if (name === 'blockquote') {
      this.flush();
      return this.quote(el, marks);
    }
    if (name === 'table') {
      this.flush();
      this.stats.tables++;
      return this.table(el, marks);
    }
    const inner = marksWithin(el, marks);
    if (CONTAINERS.has(name) || name === 'pre' || name === 'figure') {
      this.flush();
      this.walk(el.children, inner, preformatted || name === 'pre');
      this.flush();
      return;
    }
    // Inline wrappers (span, font, b, a, Office's o:p…) and unknown tags: their text, with their marks.
    this.walk(el.children, inner, preformatted);
  }

  private list(el: DomElement, marks: PastedMarks): { list: ListNode | null; after: BlockNode[] } {
    const items: ListItemNode[] = [];
    const after: BlockNode[] = [];
    for (const child of el.children) {
      if (!isElement(child) || isJunk(child)) continue;
      // Google Docs nests a sub-list beside the items, not inside the item it belongs to.
      if (child.name === 'ul' || child.name === 'ol') {
        const nested = this.list(child, marks);
        after.push(...nested.after);
        if (!nested.list) continue;
        const last = items.at(-1);
        if (last) last.content.push(nested.list);
        else items.push({ type: 'listItem', content: [{ type: 'paragraph' }, nested.list] });
        continue;
      }
      const inner = new Walker(this.stats);
      inner.walk(child.children, marksWithin(child, marks), false);
      const content: (ParagraphNode | ListNode)[] = [];
      for (const block of inner.finish()) {
        if (block.type === 'paragraph' || block.type === 'bulletList' || block.type === 'orderedList') content.push(block);
        else if (block.type === 'heading') content.push({ type: 'paragraph', content: block.content });
        else if (block.type === 'blockquote') content.push(...block.content);
        else after.push(block);
      }
      if (content[0] && content[0].type !== 'paragraph') content.unshift({ type: 'paragraph' });
      if (content.length) items.push({ type: 'listItem', content });
    }
    const type = el.name === 'ol' ? 'orderedList' : 'bulletList';
    return { list: items.length ? { type, content: items } : null, after };
  }

  private quote(el: DomElement, marks: PastedMarks): void {
    const inner = new Walker(this.stats);
    inner.walk(el.children, marks, false);
    const paragraphs: ParagraphNode[] = [];
    for (const block of inner.finish()) {
      if (block.type === 'paragraph') paragraphs.push(block);
      else if (block.type === 'heading') paragraphs.push({ type: 'paragraph', content: block.content });
      else if (block.type === 'blockquote') paragraphs.push(...block.content);
      else if (block.type === 'bulletList' || block.type === 'orderedList')
        paragraphs.push(...listLines(block).map((content): ParagraphNode => ({ type: 'paragraph', content })));
      else this.blocks.push(block);
    }
    const quoted = paragraphs.slice(0, BLOCKQUOTE_MAX_PARAGRAPHS);
    if (quoted.length) this.blocks.push({ type: 'blockquote', content: quoted });
    this.blocks.push(...paragraphs.slice(BLOCKQUOTE_MAX_PARAGRAPHS));
  }

  private table(el: DomElement, marks: PastedMarks): void {
    const table: PastedTable = { caption: '', rows: [] };
    const after: BlockNode[] = [];
    const rowsOf = (parent: DomElement, header: boolean) => {
      for (const child of parent.children) {
        if (!isElement(child) || isJunk(child)) continue;
        if (child.name === 'caption') table.caption = textOf(child);
        else if (child.name === 'thead') rowsOf(child, true);
        else if (child.name === 'tbody' || child.name === 'tfoot') rowsOf(child, false);
        else if (child.name === 'tr') {
          const cells = child.children.filter((c): c is DomElement => isElement(c) && (c.name === 'td' || c.name === 'th'));
          const row = cells.map((cell) => {
            const { content, after: photos } = this.inlineOf(cell, marksWithin(cell, marks));
            after.push(...photos);
            return content ?? [];
          });
          if (row.some((cell) => cell.length))
            table.rows.push({ header: header || (cells.length > 0 && cells.every((c) => c.name === 'th')), cells: row });
        }
      }
    };
    rowsOf(el, false);
    this.blocks.push(...tableBlocks(table), ...after);
  }

  finish(): BlockNode[] {
    this.flush();
    return this.blocks;
  }
}

/** A list's items as lines of text (for a list pasted where only text fits: a table cell, a heading). */
function listLines(list: ListNode): InlineNode[][] {
  return list.content.flatMap((item) =>
    item.content.flatMap((child) => (child.type === 'paragraph' ? [child.content ?? []] : listLines(child))),
  );
}

/** Clipboard HTML as article body blocks, with the images and tables it held counted. */
export function cleanPastedHtml(html: string): PastedContent {
  const stats = { images: 0, tables: 0 };
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const walker = new Walker(stats);
  walker.walk(doc.children, NO_MARKS, false);
  return { blocks: walker.finish(), ...stats };
}
