import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { BODY_LIMITS, findBodyLimitProblem } from '@/lib/article-body/limits';
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

// A body the app wrote passed the body schema: compact JSON, figures only at the top level, and
// only lists nest. So it can break a limit only if SQLite finds it invalid (which also catches
// nesting past SQLite's own depth limit), it is long enough to hold 20,000 nodes or 200,000
// characters, it has more than 200 top-level blocks, or it has lists and a node deep enough to sit
// inside 11 of them. SQLite's C code picks those candidates (json_tree only for bodies with lists);
// only they are copied into JavaScript for the exact check.
const CANDIDATES = `
  SELECT id, 'article' AS source, body AS json FROM articles
  WHERE CASE
    WHEN NOT json_valid(body) THEN 1
    WHEN octet_length(body) > ${2 * BODY_LIMITS.nodes} THEN 1
    WHEN json_array_length(body, '$.content') > ${BODY_LIMITS.figures} THEN 1
    WHEN body NOT LIKE '%"listItem"%' THEN 0
    ELSE EXISTS (SELECT 1 FROM json_tree(body, '$.content') t
      WHERE length(t.fullkey) - length(replace(t.fullkey, '.content[', '')) > ${9 * BODY_LIMITS.nesting})
  END
  UNION ALL SELECT article_id, 'autosave', snapshot FROM article_autosaves`;

/**
 * Logs every stored body (articles and unsaved autosaves) that is not valid JSON or breaks a
 * structural limit, one line per article; returns their ids. Run at start-up: it reports, it never
 * blocks the start or changes a row. One streaming pass, cheap on 100,000 articles (see above).
 */
export function reportStoredBodiesOverLimits(database = db): number[] {
  const found: number[] = [];
  const rows = database.$client
    .prepare<[], { id: number; source: 'article' | 'autosave'; json: string }>(CANDIDATES)
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
