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

const isMatch = (folded: string, words: HighlightWord[]) =>
  words.some((w) => (w.prefix ? folded.startsWith(w.folded) : folded === w.folded));

type Word = { index: number; text: string; folded: string };

/**
 * The words of a text with their folded forms. Folding the whole text at once is many times
 * faster than word by word; NFC text folds character for character, so positions carry over.
 */
function foldedWords(text: string): Word[] {
  const folded = foldForIndex(text);
  if (folded.length === text.length) {
    return [...folded.matchAll(WORD)].map((m) => ({ index: m.index, text: text.slice(m.index, m.index + m[0].length), folded: m[0] }));
  }
  return [...text.matchAll(WORD)].map((m) => ({ index: m.index, text: m[0], folded: foldForIndex(m[0]) }));
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
  for (const word of foldedWords(text)) {
    if (!isMatch(word.folded, words)) continue;
    const gap = text.slice(cursor, word.index);
    // "Đảng ủy" reads better as one mark than as two.
    push(gap, cursor > 0 && /^\s+$/.test(gap) && segments.at(-1)?.match === true);
    push(word.text, true);
    cursor = word.index + word.text.length;
  }
  push(text.slice(cursor), false);
  return segments;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Where `word` first stands as a whole word (or word start, for a prefix) in folded text. */
function firstWordIndex(folded: string, word: HighlightWord): number {
  for (let at = folded.indexOf(word.folded); at !== -1; at = folded.indexOf(word.folded, at + 1)) {
    const end = at + word.folded.length;
    const startsWord = at === 0 || !WORD_CHAR.test(folded.charAt(at - 1));
    if (startsWord && (word.prefix || end === folded.length || !WORD_CHAR.test(folded.charAt(end)))) return at;
  }
  return -1;
}

/** Index of the first marked word in text, or -1; a whole article body takes one fold. */
export function firstMatchIndex(text: string, words: HighlightWord[]): number {
  const folded = foldForIndex(text);
  if (folded.length !== text.length) return foldedWords(text).find((word) => isMatch(word.folded, words))?.index ?? -1;
  const found = words.map((word) => firstWordIndex(folded, word)).filter((at) => at !== -1);
  return found.length > 0 ? Math.min(...found) : -1;
}
