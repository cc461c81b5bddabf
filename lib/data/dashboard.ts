import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { countArticlesByStatus, idsWithStatus } from './articles/desk-counts';

export type QueueItem = { id: number; title: string; section: string; author: string | null; updatedAt: string };

export type DashboardSummary = {
  counts: Record<ArticleStatus, number>;
  needsHeadline: number;
  waitingForReview: QueueItem[];
};

/** Article counts by status and the newest articles waiting for review; `createdBy` narrows it to one reporter's work. */
export function getDashboardSummary(scope: { createdBy?: number } = {}, limit = 10): DashboardSummary {
  const own = scope.createdBy === undefined ? undefined : eq(articles.createdBy, scope.createdBy);
  const waitingForReview = db
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
    // The review queue is read by id from the status index, then sorted: walking the recent-first
    // index would read every newer row to find a handful of pieces in review.
    .where(and(inArray(articles.id, idsWithStatus(['review'])), own))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
  return { ...countArticlesByStatus(scope), waitingForReview };
}
