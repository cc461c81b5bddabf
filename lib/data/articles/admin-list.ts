import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { can, type Actor } from '@/lib/domain/capabilities';
import { parseQuery } from '@/lib/search/parse-query';
import { countArticles, type DeskFilter, NEEDS_HEADLINE_STATUSES, newestChangedIds } from './desk-counts';
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
  /** How many match (a search counts up to its cap). */
  total: number;
  /** The total stopped counting at its cap ("hơn 1.000"). */
  totalIsCapped: boolean;
  hasNext: boolean;
};

/** Whether the user may read every article, not only their own (`article:read` on no article). */
const readsEveryArticle = (user: Actor) => can(user, 'article:read');

/** The list rows of these ids, in this order (ids an index chose, newest first). */
export function adminRowsInOrder(ids: number[]): AdminArticleRow[] {
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

/** A page of the articles the user may read: newest change first, or the search's order. */
export function listAdminArticles(user: Actor, filter: AdminArticleFilter): AdminArticlePage {
  // Anyone else reads only their own work, whatever author they ask for.
  const createdBy = readsEveryArticle(user) ? filter.createdBy : user.id;
  const parsed = parseQuery(filter.query ?? '');
  if (parsed.kind === 'ok') {
    const found = searchAdminArticleIds({ ...filter, terms: parsed.terms, createdBy });
    return { items: adminRowsInOrder(found.ids), total: found.total, totalIsCapped: found.totalIsCapped, hasNext: found.hasNext };
  }
  // Words that are all punctuation, or too many, find nothing.
  if (parsed.kind !== 'empty') return { items: [], total: 0, totalIsCapped: false, hasNext: false };
  const desk: DeskFilter = {
    statuses: filter.needsHeadline
      ? NEEDS_HEADLINE_STATUSES.filter((status) => !filter.status || status === filter.status)
      : filter.status && [filter.status],
    sectionId: filter.sectionId,
    createdBy,
    needsHeadline: filter.needsHeadline,
  };
  const ids = newestChangedIds(desk, filter.pageSize + 1, (filter.page - 1) * filter.pageSize);
  const hasNext = ids.length > filter.pageSize;
  return { items: adminRowsInOrder(ids.slice(0, filter.pageSize)), total: countArticles(desk), totalIsCapped: false, hasNext };
}

/** Staff accounts, for the author filter; null for a user who reads only their own. */
export function listArticleCreators(user: Actor): { id: number; name: string }[] | null {
  if (!readsEveryArticle(user)) return null;
  // Every account rather than those who have written: which ones have would read the whole table.
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(users.name).all();
}
