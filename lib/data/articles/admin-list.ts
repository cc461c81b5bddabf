import 'server-only';
import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { can, type Actor } from '@/lib/auth/capabilities';
import { parseQuery } from '@/lib/search/parse-query';
import { countAllArticles, countArticlesByStatus, idsWithStatus, NEEDS_HEADLINE_STATUSES, newestChangedFirst } from './desk-counts';
import { searchAdminArticleIds } from './admin-search';

// The newsroom's lists. Unlike the public reads these see every status, so each takes the acting
// user and shows only what the capability table lets them read.

export type AdminArticleFilter = {
  status?: ArticleStatus;
  sectionId?: number;
  createdBy?: number;
  /** Search words as typed; empty lists every article. */
  query?: string;
  needsHeadline?: boolean;
  page: number;
  pageSize: number;
};

export type AdminArticleRow = {
  id: number;
  title: string;
  status: ArticleStatus;
  needsHeadline: boolean;
  sectionName: string;
  authorName: string | null;
  updatedAt: string;
};

export type AdminArticlePage = {
  items: AdminArticleRow[];
  /** How many match, or null where counting would read every row (a writer's whole archive). */
  total: number | null;
  /** The total stopped counting at its cap ("hơn 1.000"). */
  totalIsCapped: boolean;
  hasNext: boolean;
};

/** Whether the user may read every article, not only their own (`article:read` on no article). */
const readsEveryArticle = (user: Actor) => can(user, 'article:read');

/** The rows of these ids, in this order. */
function rowsInOrder(ids: number[]): AdminArticleRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      needsHeadline: articles.needsHeadline,
      sectionName: sections.name,
      authorName: users.name,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(users, eq(users.id, articles.createdBy))
    .where(inArray(articles.id, ids))
    .all();
  const byId = new Map(rows.map((row) => [row.id, { ...row, updatedAt: row.updatedAt.toISOString() }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of ids, newest change first, walking the recent-first index: for a rare status
 * (anything but published) against the ids the status index holds, without reading a row.
 */
function pageIds(where: SQL | undefined, statuses: readonly ArticleStatus[] | null, sectionId: number | undefined, limit: number, offset: number): number[] {
  if (statuses) return newestChangedFirst(idsWithStatus(statuses, sectionId), where, limit, offset);
  const rows = db.all<{ id: number }>(
    sql`SELECT id FROM ${articles} INDEXED BY articles_updated_idx ${where ? sql`WHERE ${where}` : sql``} ORDER BY updated_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  return rows.map((row) => row.id);
}

/** A page of the articles the user may read: newest change first, or the search's order. */
export function listAdminArticles(user: Actor, filter: AdminArticleFilter): AdminArticlePage {
  // Anyone else reads only their own work, whatever author they ask for.
  const createdBy = readsEveryArticle(user) ? filter.createdBy : user.id;
  const parsed = parseQuery(filter.query ?? '');
  if (parsed.kind === 'ok') {
    const found = searchAdminArticleIds({ ...filter, terms: parsed.terms, createdBy });
    return { items: rowsInOrder(found.ids), total: found.total, totalIsCapped: found.totalIsCapped, hasNext: found.hasNext };
  }
  // Words that are all punctuation, or too many, find nothing.
  if (parsed.kind !== 'empty') return { items: [], total: 0, totalIsCapped: false, hasNext: false };
  const rare: readonly ArticleStatus[] | null = filter.needsHeadline
    ? NEEDS_HEADLINE_STATUSES.filter((status) => !filter.status || status === filter.status)
    : filter.status && filter.status !== 'published'
      ? [filter.status]
      : null;
  const where = and(
    rare ? undefined : filter.status ? eq(articles.status, filter.status) : undefined,
    // A rare status reads its section from the section index instead.
    filter.sectionId && !rare ? eq(articles.sectionId, filter.sectionId) : undefined,
    createdBy ? eq(articles.createdBy, createdBy) : undefined,
    filter.needsHeadline ? eq(articles.needsHeadline, true) : undefined,
  );
  const offset = (filter.page - 1) * filter.pageSize;
  const ids = pageIds(where, rare, filter.sectionId, filter.pageSize + 1, offset);
  const hasNext = ids.length > filter.pageSize;
  const items = rowsInOrder(ids.slice(0, filter.pageSize));
  return { items, total: countListed(filter, rare, where, createdBy), totalIsCapped: false, hasNext };
}

/** The list's total where an index answers it; null for a writer's archive, which only their rows tell. */
function countListed(filter: AdminArticleFilter, rare: readonly ArticleStatus[] | null, where: SQL | undefined, createdBy: number | undefined): number | null {
  if (rare) {
    const ids = idsWithStatus(rare, filter.sectionId);
    // Without a condition on the rows themselves, the index alone counts.
    if (!where) return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${ids}`)?.n ?? 0;
    return db.select({ n: count() }).from(articles).where(and(inArray(articles.id, ids), where)).get()?.n ?? 0;
  }
  if (createdBy) return null;
  if (filter.sectionId) {
    // articles_section_public_idx leads with the section and carries the status: read alone.
    return (
      db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM ${articles} INDEXED BY articles_section_public_idx WHERE ${where}`,
      )?.n ?? 0
    );
  }
  if (filter.status === 'published') return countArticlesByStatus().counts.published;
  return countAllArticles();
}

/** Staff accounts, for the author filter; null for a user who reads only their own. */
export function listArticleCreators(user: Actor): { id: number; name: string }[] | null {
  if (!readsEveryArticle(user)) return null;
  // Every account rather than those who have written: which ones have would read the whole table.
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(users.name).all();
}
