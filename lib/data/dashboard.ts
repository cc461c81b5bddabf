import 'server-only';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/domain/article-status';

export type QueueItem = { id: number; title: string; section: string; author: string | null; updatedAt: string };

export type DashboardSummary = {
  counts: Record<ArticleStatus, number>;
  needsHeadline: number;
  waitingForReview: QueueItem[];
};

/** Article counts by status and the newest articles waiting for review; `createdBy` narrows it to one reporter's work. */
export function getDashboardSummary(scope: { createdBy?: number } = {}, limit = 10): DashboardSummary {
  const own: SQL | undefined = scope.createdBy === undefined ? undefined : eq(articles.createdBy, scope.createdBy);
  const counts = Object.fromEntries(ARTICLE_STATUSES.map((status) => [status, 0])) as Record<ArticleStatus, number>;
  for (const row of db.select({ status: articles.status, n: count() }).from(articles).where(own).groupBy(articles.status).all()) {
    counts[row.status] = row.n;
  }
  const needsHeadline =
    db.select({ n: count() }).from(articles).where(and(own, eq(articles.needsHeadline, true))).get()?.n ?? 0;
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
    .where(and(own, eq(articles.status, 'review')))
    .orderBy(desc(articles.updatedAt))
    .limit(limit)
    .all()
    .map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
  return { counts, needsHeadline, waitingForReview };
}
