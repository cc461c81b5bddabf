import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { selectEditableArticle, type EditableArticle } from './editable';

// The one way an article is changed: a transaction that finds the article, refuses a stale
// version (the writer gets a conflict screen, never an overwrite) and a status the change may not
// start from, then applies the change and bumps the version (ADR 9).

export type ArticleTx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type WriteRefused = { ok: false; reason: 'refused'; message: string };
/** Why a write changed nothing. */
export type WriteFailure =
  | { ok: false; reason: 'conflict'; current: EditableArticle }
  | { ok: false; reason: 'not_found' }
  | WriteRefused;

/** A write's own answer, or why it changed nothing. */
export type WriteOutcome<Done> = ({ ok: true } & Done) | WriteFailure;

/** The article row as the write found it. */
export type CurrentArticle = {
  status: ArticleStatus;
  version: number;
  title: string;
  publishedAt: Date | null;
};

export type ArticleWrite = {
  tx: ArticleTx;
  current: CurrentArticle;
  /** The version the article has after this write. */
  version: number;
  now: Date;
  /** Sets columns on the checked version of the row, with the new version and `updatedAt`. */
  update: (set: Partial<typeof articles.$inferInsert>) => void;
};

export type WriteTarget = {
  id: number;
  /** The version the writer started from; null for a change no open editor could overwrite. */
  baseVersion: number | null;
  /** The statuses the change may start from; any when left out. */
  from?: readonly ArticleStatus[];
  /** The refusal for any other status. */
  refusal?: string;
  now?: Date;
};

export function refuse(message: string): WriteRefused {
  return { ok: false, reason: 'refused', message };
}

class StaleVersion extends Error {}

/** Runs `write` on the article if it is still at `baseVersion` and in an allowed status. */
export function writeArticle<Result extends { ok: boolean }>(
  target: WriteTarget,
  write: (change: ArticleWrite) => Result,
): Result | WriteFailure {
  const { id, baseVersion } = target;
  const now = target.now ?? new Date();
  try {
    return db.transaction((tx): Result | WriteFailure => {
      const current = tx
        .select({
          status: articles.status,
          version: articles.version,
          title: articles.title,
          publishedAt: articles.publishedAt,
        })
        .from(articles)
        .where(eq(articles.id, id))
        .get();
      if (!current) return { ok: false, reason: 'not_found' };
      if (baseVersion !== null && current.version !== baseVersion) throw new StaleVersion();
      if (target.from && !target.from.includes(current.status)) {
        return refuse(
          target.refusal ??
            `Không thể thực hiện thao tác này với bài ở trạng thái “${current.status}”.`,
        );
      }
      const version = baseVersion === null ? current.version : baseVersion + 1;
      const update = (set: Partial<typeof articles.$inferInsert>) => {
        const changed = tx
          .update(articles)
          .set({ ...set, version, updatedAt: now })
          .where(and(eq(articles.id, id), eq(articles.version, current.version)))
          .run().changes;
        // Throwing rolls back whatever the write did before.
        if (changed !== 1) throw new StaleVersion();
      };
      return write({ tx, current, version, now, update });
    });
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const current = selectEditableArticle(db, id);
    return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
  }
}
