import { log } from '@/lib/log';
import { foldVietnamese } from '@/lib/vi/text';

// Text as the search index stores it. Registered as SQL functions in db/index.ts, so the
// triggers of the search migration compute exactly what the query side computes.

const STRAY_MARKS = /\p{M}+/gu;

/** Folded form: no tones or diacritics, đ → d, lower case ("Đường" → "duong"). */
export function foldForIndex(text: unknown): string {
  return typeof text === 'string' ? foldVietnamese(text) : '';
}

/**
 * Exact form: NFC and lower case with every diacritic kept ("Đường" → "đường"). Marks that NFC
 * cannot compose onto a letter are dropped so the tokenizer never splits a word on them.
 */
export function exactForIndex(text: unknown): string {
  return typeof text === 'string' ? text.normalize('NFC').toLowerCase().replace(STRAY_MARKS, '') : '';
}

const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
export const MAX_WORD_LENGTH = 40;

/** The distinct words of already folded text, as a JSON array, for the prefix vocabulary. */
export function wordsForIndex(folded: unknown): string {
  if (typeof folded !== 'string') return '[]';
  const words = new Set(folded.split(WORD_SEPARATORS).filter((w) => w !== '' && w.length <= MAX_WORD_LENGTH));
  return JSON.stringify([...words]);
}

type Node = { text?: unknown; attrs?: { caption?: unknown; title?: unknown; attribution?: unknown }; content?: unknown };

/**
 * The readable text of an article body document (paragraphs, headings, quotes, lists, tables,
 * captions, and the titles and attributions of embeds, info boxes and pull quotes).
 * An explicit stack, not recursion: a stored body from before the structural limits may be
 * nested thousands deep, and indexing it must not overflow the stack inside a database write.
 */
export function bodyText(doc: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { text, attrs, content } = node as Node;
    if (typeof text === 'string') parts.push(text);
    for (const words of [attrs?.caption, attrs?.title, attrs?.attribution]) if (typeof words === 'string' && words) parts.push(words);
    if (Array.isArray(content)) for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
  }
  return parts.join(' ');
}

/** The readable text of a body as stored (JSON); empty, and logged, when it is not valid JSON. */
export function bodyPlainText(json: string | null): string {
  if (!json) return '';
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    log('warn', 'article body is not valid JSON: indexed without its text', { length: json.length }, error);
    return '';
  }
  return bodyText(doc);
}
