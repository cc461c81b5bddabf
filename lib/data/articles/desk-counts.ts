import 'server-only';
import { and, eq, inArray, sql, sum, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articleCounts, articles, DESK_WORK } from '@/db/schema';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/domain/article-status';

// The newsroom's counts and recent-first lists without reading article rows: a row carries its
// body (kilobytes), so reading rows to filter or count them costs seconds at a million articles.
// Counts come from article_counts, which triggers keep (migration 0008); lists walk an index
// that carries the filters: articles_desk_idx for the unpublished few per cent, articles_creator_idx
// for one writer, articles_section_updated_idx for one section, articles_updated_idx for the rest.

/** Statuses an article needing a headline can have: submitting, publishing or updating clears the flag. */
export const NEEDS_HEADLINE_STATUSES: readonly ArticleStatus[] = ['draft', 'scheduled'];

/** The newsroom's list filters, as far as indexes and counts answer them. */
export type DeskFilter = {
  /** Any of these statuses; every status when absent. */
  statuses?: readonly ArticleStatus[];
  sectionId?: number;
  createdBy?: number;
  needsHeadline?: boolean;
};

/** The rows of article_counts the filter covers. */
function countsWhere(filter: DeskFilter): SQL | undefined {
  return and(
    filter.statuses ? inArray(articleCounts.status, [...filter.statuses]) : undefined,
    filter.sectionId === undefined ? undefined : eq(articleCounts.sectionId, filter.sectionId),
    filter.createdBy === undefined ? undefined : eq(articleCounts.creatorId, filter.createdBy),
    filter.needsHeadline ? eq(articleCounts.needsHeadline, true) : undefined,
  );
}

/** How many articles the filter lists. */
export function countArticles(filter: DeskFilter = {}): number {
  return Number(db.select({ n: sum(articleCounts.total) }).from(articleCounts).where(countsWhere(filter)).get()?.n ?? 0);
}

/** How many articles (any status) each section holds, by section id; a section without any is absent. */
export function countArticlesBySection(): Map<number, number> {
  const rows = db.select({ sectionId: articleCounts.sectionId, n: sum(articleCounts.total) }).from(articleCounts).groupBy(articleCounts.sectionId).all();
  return new Map(rows.map((row) => [row.sectionId, Number(row.n)]));
}

export type StatusCounts = { counts: Record<ArticleStatus, number>; needsHeadline: number };

/** Articles by status and in the "needs headline" queue, desk-wide or of one writer. */
export function countArticlesByStatus(scope: { createdBy?: number } = {}): StatusCounts {
  const counts = Object.fromEntries(ARTICLE_STATUSES.map((status) => [status, 0])) as Record<ArticleStatus, number>;
  let needsHeadline = 0;
  const rows = db
    .select({ status: articleCounts.status, needsHeadline: articleCounts.needsHeadline, n: sum(articleCounts.total) })
    .from(articleCounts)
    .where(countsWhere(scope))
    .groupBy(articleCounts.status, articleCounts.needsHeadline)
    .all();
  for (const row of rows) {
    counts[row.status] += Number(row.n);
    if (row.needsHeadline && NEEDS_HEADLINE_STATUSES.includes(row.status)) needsHeadline += Number(row.n);
  }
  return { counts, needsHeadline };
}

/**
 * A page of the filter's article ids, most recently changed first. An unpublished status walks
 * the desk's small partial index, a writer their own, a section its own (each carries every
 * column the filter tests, so only index entries are read), and the rest (mostly published) the
 * recent-first index, reading the rows it passes for their status.
 */
export function newestChangedIds(filter: DeskFilter, limit: number, offset = 0): number[] {
  const { statuses, sectionId, createdBy, needsHeadline } = filter;
  const status = statuses ? inArray(articles.status, [...statuses]) : undefined;
  const section = sectionId === undefined ? undefined : eq(articles.sectionId, sectionId);
  const headline = needsHeadline ? eq(articles.needsHeadline, true) : undefined;
  const conditions = and(status, section, createdBy === undefined ? undefined : eq(articles.createdBy, createdBy), headline);
  const deskOnly = statuses !== undefined && !statuses.includes('published');
  const from = deskOnly
    ? sql`${articles} INDEXED BY articles_desk_idx WHERE ${DESK_WORK} AND ${conditions}`
    : createdBy !== undefined
      ? sql`${articles} INDEXED BY articles_creator_idx WHERE ${conditions}`
      : sectionId !== undefined
        ? sql`${articles} INDEXED BY articles_section_updated_idx WHERE ${conditions}`
        : sql`${articles} INDEXED BY articles_updated_idx ${conditions ? sql`WHERE ${conditions}` : sql``}`;
  return db
    .all<{ id: number }>(sql`SELECT id FROM ${from} ORDER BY updated_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`)
    .map((row) => row.id);
}

/** `articles.id IN ids` as one bound JSON array: binding a thousand parameters costs more than the lookups. */
export function idIn(ids: number[]): SQL {
  return sql`${articles.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}
