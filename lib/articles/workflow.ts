import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, type ArticleStatus } from '@/db/schema';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';
import { selectEditableArticle, type EditableArticle } from './editable';

export type StatusChange = 'unpublish' | 'sendBack';

const RULES: Record<StatusChange, { from: readonly ArticleStatus[]; to: ArticleStatus }> = {
  unpublish: { from: ['published', 'scheduled'], to: 'unpublished' },
  sendBack: { from: ['review'], to: 'draft' },
};

export type StatusOutcome =
  | { ok: true; version: number; status: ArticleStatus; tags: string[] }
  | { ok: false; reason: 'conflict'; current: EditableArticle }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'refused'; message: string };

/** Moves an article along the workflow without touching its text; version-checked like a save. */
export function changeArticleStatus(input: {
  id: number;
  baseVersion: number;
  change: StatusChange;
  note?: string;
  now?: Date;
}): StatusOutcome {
  const rule = RULES[input.change];
  return db.transaction((tx): StatusOutcome => {
    const current = tx
      .select({ status: articles.status, version: articles.version })
      .from(articles)
      .where(eq(articles.id, input.id))
      .get();
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.version !== input.baseVersion)
      return { ok: false, reason: 'conflict', current: selectEditableArticle(tx, input.id)! };
    if (!rule.from.includes(current.status)) {
      return {
        ok: false,
        reason: 'refused',
        message: `Không thể thực hiện thao tác này với bài ở trạng thái “${current.status}”.`,
      };
    }
    const scope = readArticleCacheScope(tx, input.id);
    const version = input.baseVersion + 1;
    tx.update(articles)
      .set({
        status: rule.to,
        version,
        updatedAt: input.now ?? new Date(),
        ...(input.change === 'sendBack' ? { reviewNote: input.note?.trim() || null } : {}),
      })
      .where(and(eq(articles.id, input.id), eq(articles.version, input.baseVersion)))
      .run();
    // A scheduled article is public (and may be cached) from its time, before the scheduler flips it.
    const tags = current.status === 'published' || current.status === 'scheduled' ? tagsForScopes(scope) : [];
    return { ok: true, version, status: rule.to, tags };
  });
}

/** Deletes an article (revisions, bylines and tags cascade); version-checked like a save. */
export function deleteArticle(input: { id: number; baseVersion: number }): StatusOutcome {
  return db.transaction((tx): StatusOutcome => {
    const current = tx
      .select({ status: articles.status, version: articles.version })
      .from(articles)
      .where(eq(articles.id, input.id))
      .get();
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.version !== input.baseVersion)
      return { ok: false, reason: 'conflict', current: selectEditableArticle(tx, input.id)! };
    const scope = readArticleCacheScope(tx, input.id);
    tx.delete(articles)
      .where(and(eq(articles.id, input.id), eq(articles.version, input.baseVersion)))
      .run();
    return {
      ok: true,
      version: input.baseVersion,
      status: current.status,
      tags: current.status === 'published' ? tagsForScopes(scope) : [],
    };
  });
}
