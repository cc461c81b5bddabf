import 'server-only';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { replaceBylinesAndTags, snapshotColumns } from './fields';
import { recordRevision } from './revisions';
import type { ArticleSnapshot } from './snapshot';

/** Creates a draft from the editor's first save; it becomes version 1 with its first revision. */
export function createDraftArticle(
  snapshot: ArticleSnapshot,
  userId: number,
  now = new Date(),
): { id: number; version: number; slug: string } {
  return db.transaction((tx) => {
    const columns = snapshotColumns(tx, snapshot);
    const { id } = tx
      .insert(articles)
      .values({ ...columns, status: 'draft', createdBy: userId, createdAt: now, updatedAt: now })
      .returning({ id: articles.id })
      .get();
    replaceBylinesAndTags(tx, id, snapshot);
    recordRevision(tx, {
      articleId: id,
      version: 1,
      reason: 'save',
      snapshot: { ...snapshot, slug: columns.slug },
      userId,
      now,
    });
    return { id, version: 1, slug: columns.slug };
  });
}
