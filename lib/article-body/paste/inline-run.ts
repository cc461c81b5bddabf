import type { InlineNode } from '../schema';

// The text of one pasted paragraph as it is walked: whitespace collapsed as a browser shows it,
// runs with the same marks joined, and nothing left when only spaces and line breaks came.

export type PastedMarks = { bold: boolean; italic: boolean; href: string | null };
type Mark = NonNullable<Extract<InlineNode, { type: 'text' }>['marks']>[number];

const WHITESPACE = /[\s\u00a0]+/g;

function marksOf(m: PastedMarks): Mark[] {
  const marks: Mark[] = [];
  if (m.bold) marks.push({ type: 'bold' });
  if (m.italic) marks.push({ type: 'italic' });
  if (m.href) marks.push({ type: 'link', attrs: { href: m.href } });
  return marks;
}

const sameMarks = (a: Mark[] | undefined, b: Mark[]) => JSON.stringify(a ?? []) === JSON.stringify(b);

export class InlineRun {
  private nodes: InlineNode[] = [];

  /** Adds text; `preformatted` keeps its line breaks (a <pre>), otherwise whitespace collapses. */
  text(raw: string, marks: PastedMarks, preformatted = false): void {
    if (preformatted) {
      raw.split('\n').forEach((line, i) => {
        if (i > 0) this.lineBreak();
        this.text(line, marks);
      });
      return;
    }
    let text = raw.replace(WHITESPACE, ' ');
    const last = this.nodes.at(-1);
    // A space after a space or at a line start shows as nothing.
    if (text.startsWith(' ') && (!last || last.type === 'hardBreak' || last.text.endsWith(' '))) text = text.slice(1);
    if (!text) return;
    const wanted = marksOf(marks);
    if (last?.type === 'text' && sameMarks(last.marks, wanted)) last.text += text;
    else this.nodes.push(wanted.length ? { type: 'text', text, marks: wanted } : { type: 'text', text });
  }

  lineBreak(): void {
    const last = this.nodes.at(-1);
    if (last?.type === 'text' && last.text.endsWith(' ')) {
      last.text = last.text.slice(0, -1);
      if (!last.text) this.nodes.pop();
    }
    this.nodes.push({ type: 'hardBreak' });
  }

  /** The run's inline nodes, trimmed, or null when it holds no visible text; the run starts afresh. */
  take(): InlineNode[] | null {
    const nodes = this.nodes.filter((n) => n.type === 'hardBreak' || n.text.trim() !== '' || n.text === ' ');
    this.nodes = [];
    while (nodes[0]?.type === 'hardBreak') nodes.shift();
    while (nodes.at(-1)?.type === 'hardBreak') nodes.pop();
    const first = nodes[0];
    if (first?.type === 'text') first.text = first.text.trimStart();
    const last = nodes.at(-1);
    if (last?.type === 'text') last.text = last.text.trimEnd();
    const kept = nodes.filter((n) => n.type === 'hardBreak' || n.text !== '');
    return kept.some((n) => n.type === 'text') ? kept : null;
  }
}
