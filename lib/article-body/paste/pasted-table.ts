import type { BlockNode, InlineNode } from '../schema';

/** A table as pasted: its caption and rows of cells (each cell's lines joined by line breaks). */
export type PastedTable = { caption: string; rows: { header: boolean; cells: InlineNode[][] }[] };

const SEPARATOR: InlineNode = { type: 'text', text: ' | ' };

/**
 * The body's blocks for a pasted table. Until the body has a table block, each row keeps its own
 * paragraph with its cells apart (a table once became one run-on paragraph); the caption leads.
 */
export function tableBlocks(table: PastedTable): BlockNode[] {
  const blocks: BlockNode[] = [];
  if (table.caption) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: table.caption, marks: [{ type: 'bold' }] }] });
  for (const row of table.rows) {
    const content = row.cells.flatMap((cell, i) => (i ? [SEPARATOR, ...cell] : cell));
    if (content.length) blocks.push({ type: 'paragraph', content });
  }
  return blocks;
}
