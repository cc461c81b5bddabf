import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { countArticlesByStatus, newestChangedIds } from './articles/desk-counts';

export type QueueItem = { id: number; title: string; section: string; author: string | null; updatedAt: string };

export type DashboardSummary = {
  counts: Record<ArticleStatus, number>;
  needsHeadline: number;
  waitingForReview: QueueItem[];
};

/** Article counts by status and the newest articles waiting for review; `createdBy` narrows it to one reporter's work. */
export function getDashboardSummary(scope: { createdBy?: number } = {}, limit = 10): DashboardSummary {
  // The review queue's ids and order come from an index alone; then only the page's rows are read.
  const ids = newestChangedIds({ statuses: ['review'], createdBy: scope.createdBy }, limit);
  const rows = ids.length === 0 ? [] : db
    .select({
      id: articles.id,
      title: articles.title,
      section: sections.name,
      author: users.name,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(users, eq(users.id, articles.createdBy))
    .where(inArray(articles.id, ids))
    .all();
  const byId = new Map(rows.map((row) => [row.id, { ...row, updatedAt: row.updatedAt.toISOString() }]));
  const waitingForReview = ids.flatMap((id) => byId.get(id) ?? []);
  return { ...countArticlesByStatus(scope), waitingForReview };
}
