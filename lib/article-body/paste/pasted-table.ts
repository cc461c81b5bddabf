import { MAX_TABLE_COLUMNS } from '../limits';
import type { BlockNode, InlineNode, TableNode } from '../schema';

/** A table as pasted: its caption and rows of cells (each cell's lines joined by line breaks). */
export type PastedTable = { caption: string; rows: { header: boolean; cells: InlineNode[][] }[] };

const MAX_ROWS = 500;
const MAX_CAPTION = 500;
const SEPARATOR: InlineNode = { type: 'text', text: ' | ' };

type Cell = TableNode['content'][number]['content'][number];

const cell = (type: Cell['type'], content: InlineNode[] | undefined): Cell => ({
  type,
  content: [content?.length ? { type: 'paragraph', content } : { type: 'paragraph' }],
});

/**
 * The body's table block for a pasted table: ragged rows padded to the widest, only a first row
 * may be the header (as the readers' table has it). A table too wide or long for the block keeps
 * each row as its own paragraph with its cells apart, never one run-on paragraph.
 */
export function tableBlocks(table: PastedTable): BlockNode[] {
  const width = Math.max(0, ...table.rows.map((row) => row.cells.length));
  if (width === 0) return [];
  if (width > MAX_TABLE_COLUMNS || table.rows.length > MAX_ROWS) return rowsAsParagraphs(table);
  const rows = table.rows.map((row, i) => ({
    type: 'tableRow' as const,
    content: Array.from({ length: width }, (_, c) => cell(i === 0 && row.header ? 'tableHeader' : 'tableCell', row.cells[c])),
  }));
  return [{ type: 'table', attrs: { caption: table.caption.slice(0, MAX_CAPTION) }, content: rows }];
}

function rowsAsParagraphs(table: PastedTable): BlockNode[] {
  const blocks: BlockNode[] = [];
  if (table.caption) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: table.caption, marks: [{ type: 'bold' }] }] });
  for (const row of table.rows) {
    const content = row.cells.flatMap((c, i) => (i ? [SEPARATOR, ...c] : c));
    if (content.length) blocks.push({ type: 'paragraph', content });
  }
  return blocks;
}
