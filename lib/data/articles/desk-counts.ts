import 'server-only';
import { and, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/domain/article-status';

// The newsroom's counts and sparse sets without reading article rows where possible. Article rows
// carry their bodies (kilobytes each), so reading them costs seconds at a million articles; no
// index leads with status (db/schema.ts says why), but articles_public_idx carries it and is far
// smaller than the table. Only `published` is common: every other status is a few per cent.

/** Statuses an article needing a headline can have: submitting, publishing or updating clears the flag. */
export const NEEDS_HEADLINE_STATUSES: readonly ArticleStatus[] = ['draft', 'scheduled'];

/**
 * Ids of the articles with one of these statuses (in one section), read from an index alone:
 * articles_section_public_idx leads with the section, articles_public_idx has every article.
 */
export function idsWithStatus(statuses: readonly ArticleStatus[], sectionId?: number): SQL {
  const list = sql.join(statuses.map((status) => sql`${status}`), sql`, `);
  return sectionId === undefined
    ? sql`(SELECT id FROM ${articles} INDEXED BY articles_public_idx WHERE status IN (${list}))`
    : sql`(SELECT id FROM ${articles} INDEXED BY articles_section_public_idx WHERE section_id = ${sectionId} AND status IN (${list}))`;
}

/**
 * Ids among `ids` (a subquery), most recently changed first, by walking articles_updated_idx:
 * reading updated_at from the rows would read each whole body, which comes before it.
 */
export function newestChangedFirst(ids: SQL, where: SQL | undefined, limit: number, offset = 0): number[] {
  return db
    .all<{ id: number }>(
      sql`SELECT id FROM ${articles} INDEXED BY articles_updated_idx WHERE ${and(inArray(articles.id, ids), where)} ORDER BY updated_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
    )
    .map((row) => row.id);
}

export type StatusCounts = { counts: Record<ArticleStatus, number>; needsHeadline: number };

/**
 * Articles by status and in the "needs headline" queue. Desk-wide: one pass over
 * articles_public_idx for every status but `published`, which is the b-tree count of the table
 * (no row read) less those, and row reads for drafts and scheduled pieces only. A reporter's own
 * counts read their rows: there is no index on created_by.
 */
export function countArticlesByStatus(scope: { createdBy?: number } = {}): StatusCounts {
  const counts = Object.fromEntries(ARTICLE_STATUSES.map((status) => [status, 0])) as Record<ArticleStatus, number>;
  const own = scope.createdBy === undefined ? undefined : eq(articles.createdBy, scope.createdBy);
  if (own) {
    for (const row of db.select({ status: articles.status, n: count() }).from(articles).where(own).groupBy(articles.status).all()) {
      counts[row.status] = row.n;
    }
  } else {
    const rows = db.all<{ status: ArticleStatus; n: number }>(
      sql`SELECT status, count(*) AS n FROM ${articles} INDEXED BY articles_public_idx WHERE ${ne(articles.status, 'published')} GROUP BY status`,
    );
    for (const row of rows) counts[row.status] = row.n;
    counts.published = countAllArticles() - rows.reduce((sum, row) => sum + row.n, 0);
  }
  const needsHeadline =
    db
      .select({ n: count() })
      .from(articles)
      .where(and(inArray(articles.id, idsWithStatus(NEEDS_HEADLINE_STATUSES)), eq(articles.needsHeadline, true), own))
      .get()?.n ?? 0;
  return { counts, needsHeadline };
}

/** Every article, by b-tree count (no row read). */
export function countAllArticles(): number {
  return db.select({ n: count() }).from(articles).get()?.n ?? 0;
}
