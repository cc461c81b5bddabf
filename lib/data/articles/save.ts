import 'server-only';
import { eq } from 'drizzle-orm';
import { articleAutosaves } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';
import { snapshotColumns, writeBylinesAndTags } from './fields';
import { recordRevision } from './revisions';
import type { ArticleSnapshot } from './snapshot';
import { refuse, writeArticle, type ArticleTx, type WriteOutcome } from './write';

export type SaveIntent = 'autosave' | 'save' | 'submit' | 'publish' | 'update' | 'restore';

const EDITABLE: ArticleStatus[] = ['draft', 'review', 'unpublished', 'scheduled'];
// Where each intent may start from; 'update' is the only way to change a live article.
const ALLOWED_FROM: Record<SaveIntent, readonly ArticleStatus[]> = {
  autosave: [...EDITABLE, 'published'],
  save: EDITABLE,
  submit: ['draft'],
  publish: EDITABLE,
  update: ['published'],
  restore: [...EDITABLE, 'published'],
};
const NEXT_STATUS: Partial<Record<SaveIntent, ArticleStatus>> = {
  submit: 'review',
  publish: 'published',
};

export type SaveOutcome = WriteOutcome<{
  version: number;
  status: ArticleStatus;
  slug: string;
  autosavedOnly: boolean;
  revisionId: number | null;
  tags: string[];
}>;

export type SaveRequest = {
  id: number;
  baseVersion: number;
  snapshot: ArticleSnapshot;
  intent: SaveIntent;
  userId: number;
  now?: Date;
};

type WorkingCopy = { id: number; baseVersion: number; snapshot: ArticleSnapshot; userId: number; now: Date };

/** The article's one working copy (article_autosaves), replaced by each newer one. */
function upsertWorkingCopy(tx: ArticleTx, { id, baseVersion, snapshot, userId, now }: WorkingCopy): void {
  tx.insert(articleAutosaves)
    .values({ articleId: id, baseVersion, snapshot, savedBy: userId, savedAt: now })
    .onConflictDoUpdate({
      target: articleAutosaves.articleId,
      set: { baseVersion, snapshot, savedBy: userId, savedAt: now },
    })
    .run();
}

/**
 * Keeps a scheduled article's edits that may not replace the scheduled version (they fail the
 * pre-publish checks) as its working copy, version-checked like a save: the words stay, and the
 * version due to go live stays as it was checked.
 */
export function keepScheduledWorkingCopy(request: Omit<WorkingCopy, 'now'> & { now?: Date }): WriteOutcome<object> {
  return writeArticle({ id: request.id, baseVersion: request.baseVersion, from: ['scheduled'], now: request.now }, ({ tx, now }) => {
    upsertWorkingCopy(tx, { ...request, now });
    return { ok: true };
  });
}

/**
 * Saves an editor's snapshot over exactly the version it started from. A newer version in the
 * database is a conflict, never an overwrite. Autosaves and restores of a live article go to
 * article_autosaves and leave what readers see untouched.
 */
export function saveArticle(request: SaveRequest): SaveOutcome {
  const { id, baseVersion, snapshot, intent, userId } = request;
  return writeArticle(
    { id, baseVersion, from: ALLOWED_FROM[intent], now: request.now },
    ({ tx, current, version, now, update }): SaveOutcome => {
      if (intent !== 'autosave' && intent !== 'save' && !snapshot.title) {
        return refuse('Bài cần có tiêu đề.');
      }

      // Autosaves and restored revisions of a live article are kept aside as its working copy:
      // readers see them only once someone presses "Cập nhật" (and passes the pre-publish checks).
      if ((intent === 'autosave' || intent === 'restore') && current.status === 'published') {
        upsertWorkingCopy(tx, { id, baseVersion, snapshot, userId, now });
        // A restored revision is already in the history; an autosave is recorded (throttled).
        const revisionId =
          intent === 'autosave'
            ? recordRevision(tx, { articleId: id, version: baseVersion, reason: 'autosave', snapshot, userId, now })
            : null;
        return {
          ok: true,
          version: baseVersion,
          status: current.status,
          slug: snapshot.slug,
          autosavedOnly: true,
          revisionId,
          tags: [],
        };
      }

      const before = readArticleCacheScope(tx, id);
      const columns = snapshotColumns(tx, snapshot, id);
      const status = NEXT_STATUS[intent] ?? current.status;
      update({
        ...columns,
        status,
        // An unpublished article republished keeps its original date; a first publish is dated now.
        // A scheduled article published by hand goes live now, not at its (future) scheduled time.
        publishedAt:
          status === 'published'
            ? current.status === 'scheduled' ? now : (current.publishedAt ?? now)
            : current.publishedAt,
        ...(status === 'published' ? { scheduledAt: null } : {}),
        // A person writing a headline (or sending the piece on) takes it out of the "needs headline" queue.
        ...(intent === 'submit' ||
        intent === 'publish' ||
        intent === 'update' ||
        (snapshot.title && snapshot.title !== current.title)
          ? { needsHeadline: false }
          : {}),
        ...(intent === 'submit' ? { reviewNote: null } : {}),
      });
      writeBylinesAndTags(tx, id, snapshot);

      const revisionId = recordRevision(tx, {
        articleId: id,
        version,
        reason: intent,
        snapshot: { ...snapshot, slug: columns.slug },
        userId,
        now,
      });
      // The text saved supersedes any working copy kept aside (a live article's, or a scheduled
      // one's edits that failed the checks).
      tx.delete(articleAutosaves).where(eq(articleAutosaves.articleId, id)).run();

      const visible = current.status === 'published' || status === 'published';
      const tags = visible ? tagsForScopes(before, readArticleCacheScope(tx, id)) : [];
      return { ok: true, version, status, slug: columns.slug, autosavedOnly: false, revisionId, tags };
    },
  );
}
