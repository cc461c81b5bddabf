import type Database from 'better-sqlite3';
import { db } from '@/db';

// Unit tests of the newsroom's reads check how SQLite runs them: every statement a function
// prepares is recorded with its parameters and explained (EXPLAIN QUERY PLAN), so a test can
// assert that it reads an index, never the article table row by row.

export type RecordedQuery = { sql: string; params: unknown[] };

/** Runs `read` and returns what it returned with every statement it ran. */
export function recordQueries<T>(read: () => T): { result: T; queries: RecordedQuery[] } {
  const client = db.$client;
  const prepare = client.prepare;
  const queries: RecordedQuery[] = [];
  client.prepare = function recordingPrepare(this: Database.Database, source: string) {
    const statement = prepare.call(this, source) as Database.Statement;
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...params: unknown[]) => {
          queries.push({ sql: source, params });
          return original(...params);
        },
      });
    }
    return statement;
  } as typeof client.prepare;
  try {
    return { result: read(), queries };
  } finally {
    client.prepare = prepare;
  }
}

/** SQLite's plan of a recorded statement, one line per step. */
export function planOf(query: RecordedQuery): string {
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
  return rows.map((row) => row.detail).join('\n');
}

/** The plans of every statement `read` runs that reads the articles table. */
export function articlePlans(read: () => unknown): string[] {
  return recordQueries(read)
    .queries.filter((query) => /\barticles\b/.test(query.sql))
    .map(planOf);
}

/** A step that reads the article table itself from end to end (a covering-index scan is fine). */
export const FULL_ARTICLE_SCAN = /SCAN articles(?! USING (COVERING )?INDEX)/;
