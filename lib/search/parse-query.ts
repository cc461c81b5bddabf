import { normalizeText } from '@/lib/vi/text';
import { exactForIndex, foldForIndex } from './index-text';
import { untypeVietnamese } from './telex';

// A reader's query becomes a list of terms; the FTS5 expression is built from those terms only,
// so no character the reader typed is ever read as FTS5 syntax.

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 10;

export type QueryTerm = {
  /** Folded words; more than one for a quoted phrase. */
  folded: string[];
  /** The words as typed (lower case, diacritics kept) when they carry diacritics. */
  exact: string[] | null;
  /** The last word while typing: "quoc ph" also finds "phòng". */
  prefix: boolean;
  /** Folded readings of a Telex- or VNI-typed word ("quoocs" → "quoc"). */
  alternatives: string[];
};

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'too-long'; maxLength: number }
  | { kind: 'no-words'; text: string }
  | { kind: 'ok'; text: string; terms: QueryTerm[] };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const QUOTES = /["“”„«»]/;

/** Cleans raw input: broken UTF-16 becomes U+FFFD, controls become spaces, NFC, single spaces. */
export function cleanQueryText(raw: string): string {
  return normalizeText(raw.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ' '));
}

function words(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => /[\p{L}\p{N}]/u.test(foldForIndex(word)));
}

function makeTerm(typed: string[], prefix: boolean): QueryTerm {
  const folded = typed.map(foldForIndex);
  const exact = typed.map(exactForIndex);
  const hasDiacritics = exact.some((word, i) => word !== folded[i]);
  const alternative = typed.length === 1 && !hasDiacritics ? untypeVietnamese(folded[0] ?? '') : null;
  return {
    folded,
    exact: hasDiacritics ? exact : null,
    prefix,
    alternatives: alternative ? [alternative] : [],
  };
}

/** Parses a search box entry: words, "quoted phrases", and the last word as a prefix. */
export function parseQuery(raw: string): ParsedQuery {
  const text = cleanQueryText(raw);
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_QUERY_LENGTH) return { kind: 'too-long', maxLength: MAX_QUERY_LENGTH };

  const terms: QueryTerm[] = [];
  // Even pieces are outside quotes, odd ones inside; an unclosed quote runs to the end.
  text.split(QUOTES).forEach((piece, index) => {
    const found = words(piece);
    if (index % 2 === 1 && found.length > 1) terms.push(makeTerm(found, false));
    else for (const word of found) terms.push(makeTerm([word], false));
  });
  if (terms.length === 0) return { kind: 'no-words', text };

  const last = terms[terms.length - 1];
  const endsInWord = /[\p{L}\p{N}\p{M}]$/u.test(raw.normalize('NFC'));
  if (last && last.folded.length === 1 && endsInWord && !QUOTES.test(text.slice(-1))) last.prefix = true;

  const seen = new Set<string>();
  const unique = terms.filter((term) => {
    const key = `${term.folded.join(' ')}|${term.exact?.join(' ') ?? ''}|${term.prefix}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { kind: 'ok', text, terms: unique.slice(0, MAX_TERMS) };
}
