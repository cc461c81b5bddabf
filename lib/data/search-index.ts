import 'server-only';
import { db } from '@/db';

// Reads of the article_search FTS5 table. Every scan runs newest first from an upper rowid bound
// and stops in JavaScript: FTS5 seeks an upper bound cheaply in descending order, but a lower
// bound (rowid >= ?) costs a walk through each word's whole posting list.

type Statements = {
  newest: import('better-sqlite3').Statement<[string, number], { rowid: number }>;
  completions: import('better-sqlite3').Statement<[string, string, number], { word: string }>;
};
let statements: Statements | null = null;
function prepared(): Statements {
  return (statements ??= {
    newest: db.$client.prepare(
      'SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid <= ? ORDER BY rowid DESC',
    ),
    completions: db.$client.prepare(
      'SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY length(word), word LIMIT ?',
    ),
  });
}

/** Rowids matching `match` within [low, high], newest first, after skipping `skip`, at most `take`. */
export function scanMatches(match: string, low: number, high: number, skip: number, take: number): number[] {
  const found: number[] = [];
  if (take <= 0) return found;
  let seen = 0;
  for (const { rowid } of prepared().newest.iterate(match, high)) {
    if (rowid < low) break;
    if (seen++ < skip) continue;
    found.push(rowid);
    if (found.length >= take) break;
  }
  return found;
}

/** How many rows match within [low, high], counting no further than `limit`. */
export function countMatches(match: string, low: number, high: number, limit: number): number {
  let total = 0;
  for (const { rowid } of prepared().newest.iterate(match, high)) {
    if (rowid < low || total >= limit) break;
    total++;
  }
  return total;
}

/** Indexed words that begin with `prefix`, shortest first. */
export function completePrefix(prefix: string, limit: number): string[] {
  return prepared()
    .completions.all(prefix, `${prefix}\u{10FFFF}`, limit)
    .map((r) => r.word);
}
