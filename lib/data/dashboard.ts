import 'server-only';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { adminRowsInOrder, type AdminArticleRow } from './articles/admin-list';
import { countArticlesByStatus, newestChangedIds } from './articles/desk-counts';

export type DashboardSummary = {
  counts: Record<ArticleStatus, number>;
  needsHeadline: number;
  waitingForReview: AdminArticleRow[];
};

/** Article counts by status and the newest articles waiting for review; `createdBy` narrows it to one reporter's work. */
export function getDashboardSummary(scope: { createdBy?: number } = {}, limit = 10): DashboardSummary {
  // The review queue's ids and order come from an index alone; then only the page's rows are read.
  const ids = newestChangedIds({ statuses: ['review'], createdBy: scope.createdBy }, limit);
  const waitingForReview = adminRowsInOrder(ids);
  return { ...countArticlesByStatus(scope), waitingForReview };
}
