import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { findBodyLimitProblem } from '@/lib/article-body/limits';
import { articleBodySchema, type ArticleBody } from '@/lib/article-body/schema';
import { log } from '@/lib/log';

// Bodies are validated on save, but a row written before the structural limits
// (lib/article-body/limits.ts), or damaged outside the app, must cost readers one article's body,
// never the page, feed or search that lists it. Reads select the column as text (the ORM's JSON
// column would throw on damaged JSON for the whole query) and parse it here, one row at a time.

/** The body column as stored JSON text; read it with readStoredBody. */
export const storedBodyText = sql<string | null>`${articles.body}`;

export const EMPTY_BODY: ArticleBody = { type: 'doc', content: [] };

/** A stored body, when it is valid JSON within the body schema; otherwise null, logged with its article id. */
export function readStoredBody(json: string | null, articleId: number): ArticleBody | null {
  let value: unknown;
  try {
    value = JSON.parse(json ?? '');
  } catch (error) {
    log('error', 'stored article body is not valid JSON; shown without it', { articleId }, error);
    return null;
  }
  const parsed = articleBodySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  log('error', 'stored article body breaks the body schema; shown without it', {
    articleId,
    problem: parsed.error.issues[0]?.message,
  });
  return null;
}

/**
 * Logs every stored body (articles and unsaved autosaves) that is not valid JSON or breaks a
 * structural limit, one line per article; returns their ids. One streaming pass, run at start-up:
 * it reports, it never blocks the start or changes a row.
 */
export function reportStoredBodiesOverLimits(database = db): number[] {
  const found: number[] = [];
  const rows = database.$client
    .prepare<[], { id: number; source: 'article' | 'autosave'; json: string }>(
      `SELECT id, 'article' AS source, body AS json FROM articles
       UNION ALL SELECT article_id, 'autosave', snapshot FROM article_autosaves`,
    )
    .iterate();
  for (const { id, source, json } of rows) {
    let problem: string | undefined;
    try {
      const value: unknown = JSON.parse(json);
      const body = source === 'article' ? value : (value as { body?: unknown } | null)?.body;
      problem = findBodyLimitProblem(body)?.message;
    } catch {
      problem = 'not valid JSON';
    }
    if (problem === undefined) continue;
    found.push(id);
    log('warn', 'stored article body breaks the body limits', { articleId: id, source, problem });
  }
  return found;
}
