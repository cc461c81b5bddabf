import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articleAutosaves, articles, type ArticleStatus } from '@/db/schema';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';
import { selectEditableArticle, type EditableArticle } from './editable';
import { replaceBylinesAndTags, snapshotColumns } from './fields';
import { recordRevision } from './revisions';
import type { ArticleSnapshot } from './snapshot';

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

export type SaveOutcome =
  | {
      ok: true;
      version: number;
      status: ArticleStatus;
      slug: string;
      autosavedOnly: boolean;
      revisionId: number | null;
      tags: string[];
    }
  | { ok: false; reason: 'conflict'; current: EditableArticle }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'refused'; message: string };

export type SaveRequest = {
  id: number;
  baseVersion: number;
  snapshot: ArticleSnapshot;
  intent: SaveIntent;
  userId: number;
  now?: Date;
};

/**
 * Saves an editor's snapshot over exactly the version it started from. A newer version in the
 * database is a conflict, never an overwrite. Autosaves of a live article go to article_autosaves
 * and leave what readers see untouched.
 */
export function saveArticle(request: SaveRequest): SaveOutcome {
  const { id, baseVersion, snapshot, intent, userId } = request;
  const now = request.now ?? new Date();
  return db.transaction((tx): SaveOutcome => {
    const current = tx
      .select({
        status: articles.status,
        version: articles.version,
        publishedAt: articles.publishedAt,
        title: articles.title,
      })
      .from(articles)
      .where(eq(articles.id, id))
      .get();
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.version !== baseVersion)
      return { ok: false, reason: 'conflict', current: selectEditableArticle(tx, id)! };
    if (!ALLOWED_FROM[intent].includes(current.status)) {
      return {
        ok: false,
        reason: 'refused',
        message: `Không thể thực hiện thao tác này với bài ở trạng thái “${current.status}”.`,
      };
    }
    if (intent !== 'autosave' && intent !== 'save' && !snapshot.title) {
      return { ok: false, reason: 'refused', message: 'Bài cần có tiêu đề.' };
    }

    if (intent === 'autosave' && current.status === 'published') {
      tx.insert(articleAutosaves)
        .values({ articleId: id, baseVersion, snapshot, savedBy: userId, savedAt: now })
        .onConflictDoUpdate({
          target: articleAutosaves.articleId,
          set: { baseVersion, snapshot, savedBy: userId, savedAt: now },
        })
        .run();
      const revisionId = recordRevision(tx, {
        articleId: id,
        version: baseVersion,
        reason: 'autosave',
        snapshot,
        userId,
        now,
      });
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
    const version = baseVersion + 1;
    const changed = tx
      .update(articles)
      .set({
        ...columns,
        status,
        version,
        updatedAt: now,
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
      })
      .where(and(eq(articles.id, id), eq(articles.version, baseVersion)))
      .run().changes;
    if (changed !== 1)
      return { ok: false, reason: 'conflict', current: selectEditableArticle(tx, id)! };
    replaceBylinesAndTags(tx, id, snapshot);

    const saved = { ...snapshot, slug: columns.slug };
    const revisionId = recordRevision(tx, {
      articleId: id,
      version,
      reason: intent,
      snapshot: saved,
      userId,
      now,
    });
    if (status === 'published')
      tx.delete(articleAutosaves).where(eq(articleAutosaves.articleId, id)).run();

    const visible = current.status === 'published' || status === 'published';
    const tags = visible ? tagsForScopes(before, readArticleCacheScope(tx, id)) : [];
    return {
      ok: true,
      version,
      status,
      slug: columns.slug,
      autosavedOnly: false,
      revisionId,
      tags,
    };
  });
}
