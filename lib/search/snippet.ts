import { firstMatchIndex, type HighlightWord } from './highlight';

export const SNIPPET_LENGTH = 260;
// Words of context shown before the first match when the snippet starts mid-text.
const LEAD_IN = 70;

function clip(text: string, start: number, length: number): string {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space === -1 || space > from + 20 ? from : space + 1;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** A short passage of text around its first match, or null when nothing in it matches. */
export function snippetAround(text: string, words: HighlightWord[], length = SNIPPET_LENGTH): string | null {
  const index = firstMatchIndex(text, words);
  if (index === -1) return null;
  if (text.length <= length) return text;
  return clip(text, index < LEAD_IN ? 0 : index - LEAD_IN, length);
}

/** What a result shows under its headline: the lead if it matches, else the matching body passage. */
export function chooseSnippet(lead: string, bodyText: () => string, words: HighlightWord[]): string {
  return snippetAround(lead, words) ?? snippetAround(bodyText(), words) ?? clip(lead, 0, SNIPPET_LENGTH);
}
