import type Database from 'better-sqlite3';
import { vietnameseSortKey } from '@/lib/vi/collation';
import { bodyPlainText, exactForIndex, foldForIndex, wordsForIndex } from './index-text';

/**
 * Registers the functions the search index triggers call, and vi_sort_key, which the tag triggers
 * call (migration 0009). Every connection needs them before it writes an article or a tag, so
 * openDatabase registers them; a connection without them (the sqlite3 shell) cannot write
 * articles, which is safer than writing them unindexed.
 */
export function registerSearchFunctions(sqlite: Database.Database): void {
  const options = { deterministic: true, varargs: false };
  sqlite.function('search_fold', options, (text: unknown) => foldForIndex(text));
  sqlite.function('search_exact', options, (text: unknown) => exactForIndex(text));
  sqlite.function('search_words', options, (folded: unknown) => wordsForIndex(folded));
  sqlite.function('vi_sort_key', options, (name: unknown) => vietnameseSortKey(typeof name === 'string' ? name : ''));
  // One article body is read twice per index write (folded and exact); remember the last one.
  let lastJson: string | null = null;
  let lastText = '';
  sqlite.function('search_body', options, (json: unknown) => {
    const value = typeof json === 'string' ? json : null;
    if (value !== lastJson) {
      lastText = bodyPlainText(value);
      lastJson = value;
    }
    return lastText;
  });
}
