import 'server-only';
import { and, desc, eq, gt, notInArray } from 'drizzle-orm';
import { db } from '@/db';
import { articleRevisions, users } from '@/db/schema';
import type { RevisionReason } from '@/lib/domain/revision-reasons';
import { readSnapshot, type ArticleSnapshot } from './snapshot';
import type { ArticleTx } from './write';

/** Revisions kept per article; the oldest beyond this are pruned (the brief asks for ≥ 25). */
export const REVISION_CAP = 50;
/** Autosaves make at most one revision per this many milliseconds. */
export const AUTOSAVE_REVISION_INTERVAL_MS = 10 * 60 * 1000;

/** Records a snapshot (autosaves throttled) and prunes beyond the cap; returns the new id or null. */
export function recordRevision(
  tx: ArticleTx,
  input: {
    articleId: number;
    version: number;
    reason: RevisionReason;
    snapshot: ArticleSnapshot;
    userId: number | null;
    now: Date;
  },
): number | null {
  if (input.reason === 'autosave') {
    const since = new Date(input.now.getTime() - AUTOSAVE_REVISION_INTERVAL_MS);
    const recent = tx
      .select({ id: articleRevisions.id })
      .from(articleRevisions)
      .where(
        and(
          eq(articleRevisions.articleId, input.articleId),
          eq(articleRevisions.reason, 'autosave'),
          gt(articleRevisions.createdAt, since),
        ),
      )
      .get();
    if (recent) return null;
  }
  const { id } = tx
    .insert(articleRevisions)
    .values({
      articleId: input.articleId,
      version: input.version,
      reason: input.reason,
      snapshot: input.snapshot,
      createdBy: input.userId,
      createdAt: input.now,
    })
    .returning({ id: articleRevisions.id })
    .get();
  const keep = tx
    .select({ id: articleRevisions.id })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, input.articleId))
    .orderBy(desc(articleRevisions.id))
    .limit(REVISION_CAP);
  tx.delete(articleRevisions)
    .where(
      and(eq(articleRevisions.articleId, input.articleId), notInArray(articleRevisions.id, keep)),
    )
    .run();
  return id;
}

export type RevisionSummary = {
  id: number;
  version: number;
  reason: RevisionReason;
  createdAt: string;
  authorName: string | null;
};

/** An article's revisions, newest first. */
export function listRevisions(articleId: number): RevisionSummary[] {
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      reason: articleRevisions.reason,
      createdAt: articleRevisions.createdAt,
      authorName: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .all()
    .map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** One revision of this article: the version it recorded, when, and its snapshot; null when not this article's or unreadable. */
export function getRevision(
  articleId: number,
  revisionId: number,
): { version: number; createdAt: string; snapshot: ArticleSnapshot } | null {
  const row = db
    .select({ version: articleRevisions.version, createdAt: articleRevisions.createdAt, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .get();
  const snapshot = row ? readSnapshot(row.snapshot) : null;
  return row && snapshot ? { version: row.version, createdAt: row.createdAt.toISOString(), snapshot } : null;
}

/** One revision's snapshot, or null when it is not this article's or cannot be read. */
export function getRevisionSnapshot(articleId: number, revisionId: number): ArticleSnapshot | null {
  return getRevision(articleId, revisionId)?.snapshot ?? null;
}
