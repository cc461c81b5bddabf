import type { QueryTerm } from './parse-query';

// Column sets of the article_search FTS5 table (db/migrations/0001_search.sql).
const FOLDED = '{title lead body byline tags}';
const EXACT = '{title_x lead_x body_x}';

/** An FTS5 string literal: inside double quotes nothing is an operator; quotes are doubled. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function phrase(words: string[], prefix: boolean): string {
  return ftsString(words.join(' ')) + (prefix ? ' *' : '');
}

function termExpression(term: QueryTerm): string {
  const options = [phrase(term.folded, term.prefix), ...term.alternatives.map((a) => phrase([a], false))];
  return options.length === 1 ? `${FOLDED} : ${options[0]}` : `${FOLDED} : (${options.join(' OR ')})`;
}

/** The FTS5 MATCH expression for parsed terms, optionally limited to some sections. */
export function buildMatchExpression(terms: QueryTerm[], sectionIds: number[] | null = null): string {
  const parts = terms.map(termExpression);
  if (sectionIds && sectionIds.length > 0) {
    parts.push(`section : (${sectionIds.map((id) => ftsString(`c${id}`)).join(' OR ')})`);
  }
  return parts.join(' AND ');
}

/**
 * Rows of `match` that also carry a word spelled exactly as typed (diacritics included), or
 * null when no term was typed with diacritics.
 */
export function buildExactExpression(terms: QueryTerm[], match: string): string | null {
  const exact = terms.flatMap((term) => (term.exact ? [phrase(term.exact, term.prefix)] : []));
  return exact.length === 0 ? null : `(${match}) AND ${EXACT} : (${exact.join(' OR ')})`;
}
