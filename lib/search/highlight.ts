import { foldForIndex } from './index-text';
import type { QueryTerm } from './parse-query';

export type HighlightWord = { folded: string; prefix: boolean };
export type Segment = { text: string; match: boolean };

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The folded words a result should mark, phrases word by word, Telex readings included. */
export function highlightWords(terms: QueryTerm[]): HighlightWord[] {
  return terms.flatMap((term) => [
    ...term.folded.map((folded, i) => ({ folded, prefix: term.prefix && i === term.folded.length - 1 })),
    ...term.alternatives.map((folded) => ({ folded, prefix: false })),
  ]);
}

function matches(word: string, words: HighlightWord[]): boolean {
  const folded = foldForIndex(word);
  return words.some((w) => (w.prefix ? folded.startsWith(w.folded) : folded === w.folded));
}

/** Splits text into marked and unmarked runs; marked runs keep the text's own spelling. */
export function highlight(text: string, words: HighlightWord[]): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  let cursor = 0;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    if (!matches(found[0], words)) continue;
    const gap = text.slice(cursor, start);
    // "Đảng ủy" reads better as one mark than as two.
    push(gap, cursor > 0 && /^\s+$/.test(gap) && segments.at(-1)?.match === true);
    push(found[0], true);
    cursor = start + found[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}

/** Index of the first marked word in text, or -1. */
export function firstMatchIndex(text: string, words: HighlightWord[]): number {
  for (const found of text.matchAll(WORD)) if (matches(found[0], words)) return found.index;
  return -1;
}
