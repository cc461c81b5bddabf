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

/** A term in some columns: its folded words, or any of its alternative readings. */
function inColumns(columns: string, term: QueryTerm): string {
  const options = [phrase(term.folded, term.prefix), ...term.alternatives.map((a) => phrase([a], false))];
  return options.length === 1 ? `${columns} : ${options[0]}` : `${columns} : (${options.join(' OR ')})`;
}

/** The FTS5 MATCH expression for parsed terms, optionally limited to some sections. */
export function buildMatchExpression(terms: QueryTerm[], sectionIds: number[] | null = null): string {
  const parts = terms.map((term) => inColumns(FOLDED, term));
  if (sectionIds && sectionIds.length > 0) {
    parts.push(`section : (${sectionIds.map((id) => ftsString(`c${id}`)).join(' OR ')})`);
  }
  return parts.join(' AND ');
}

/**
 * Rows of `match` that carry a word spelled exactly as typed, diacritics included (anywhere, the
 * body too), or null when no term was typed with diacritics. Exact forms with diacritics occur
 * only in the exact columns, so FTS5 reads just their own short posting lists.
 */
export function buildExactExpression(terms: QueryTerm[], match: string): string | null {
  const exact = terms.flatMap((term) => (term.exact ? [phrase(term.exact, false)] : []));
  return exact.length === 0 ? null : `(${match}) AND ${EXACT} : (${exact.join(' OR ')})`;
}
