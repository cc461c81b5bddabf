import { DomUtils } from 'htmlparser2';
import type { DomElement } from './dom';
import type { InlineNode, ListItemNode, ListNode } from '../schema';

// Word does not write <ul>/<ol>: each item is a <p> styled `mso-list:l0 level2 lfo1`, starting
// with its bullet or number in a span marked `mso-list:Ignore`. Pasted as is, a list became
// paragraphs beginning with "·". The level rebuilds the nesting; the marker tells numbers from bullets.


export type WordListParagraph = { level: number; ordered: boolean; content: InlineNode[] };

// "1.", "a)", "iv.", "(2)": a numbered item; "·", "o", "§", "-": a bullet.
const NUMBERED_MARKER = /^\(?[0-9a-z]{1,5}[.)]/i;

/** The level and kind of a Word list paragraph, or null for any other element. */
export function wordListItem(el: DomElement): Omit<WordListParagraph, 'content'> | null {
  if (el.name !== 'p') return null;
  const rule = /mso-list\s*:\s*([^;]+)/i.exec(el.attribs.style ?? '')?.[1] ?? '';
  const level = /level(\d+)/i.exec(rule)?.[1];
  if (!level) return null;
  const marker = DomUtils.findOne((n) => /mso-list\s*:\s*ignore/i.test(n.attribs.style ?? ''), el.children);
  const markerText = marker ? DomUtils.textContent(marker).replace(/[\s\u00a0]+/g, '') : '';
  return { level: Number(level), ordered: NUMBERED_MARKER.test(markerText) };
}

/** Consecutive Word list paragraphs as nested lists (a change of kind at one level starts a new list). */
export function wordListsFrom(items: WordListParagraph[]): ListNode[] {
  const roots: ListNode[] = [];
  const open: { level: number; list: ListNode }[] = [];
  for (const item of items) {
    const type = item.ordered ? 'orderedList' : 'bulletList';
    while (open.length && open.at(-1)!.level > item.level) open.pop();
    if (open.at(-1)?.level === item.level && open.at(-1)!.list.type !== type) open.pop();
    let top = open.at(-1);
    if (!top || top.level < item.level) {
      const list: ListNode = { type, content: [] };
      const parent = top?.list.content.at(-1);
      if (parent) parent.content.push(list);
      else roots.push(list);
      top = { level: item.level, list };
      open.push(top);
    }
    const entry: ListItemNode = {
      type: 'listItem',
      content: [item.content.length ? { type: 'paragraph', content: item.content } : { type: 'paragraph' }],
    };
    top.list.content.push(entry);
  }
  return roots;
}
