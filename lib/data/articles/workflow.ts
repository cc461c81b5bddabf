import 'server-only';
import { and, eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';
import { writeArticle, type WriteOutcome } from './write';

export type StatusChange = 'unpublish' | 'sendBack' | 'withdraw';

const RULES: Record<StatusChange, { from: readonly ArticleStatus[]; to: ArticleStatus }> = {
  unpublish: { from: ['published', 'scheduled'], to: 'unpublished' },
  sendBack: { from: ['review'], to: 'draft' },
  // The writer takes a submitted article back; the desk's last note (if any) stays with it.
  withdraw: { from: ['review'], to: 'draft' },
};

export type StatusOutcome = WriteOutcome<{ version: number; status: ArticleStatus; tags: string[] }>;

/** Moves an article along the workflow without touching its text; version-checked like a save. */
export function changeArticleStatus(input: {
  id: number;
  baseVersion: number;
  change: StatusChange;
  note?: string;
  now?: Date;
}): StatusOutcome {
  const rule = RULES[input.change];
  return writeArticle({ ...input, from: rule.from }, ({ tx, current, version, update }): StatusOutcome => {
    const scope = readArticleCacheScope(tx, input.id);
    update({
      status: rule.to,
      ...(input.change === 'sendBack' ? { reviewNote: input.note?.trim() || null } : {}),
    });
    // A scheduled article is public (and may be cached) from its time, before the scheduler flips it.
    const tags = current.status === 'published' || current.status === 'scheduled' ? tagsForScopes(scope) : [];
    return { ok: true, version, status: rule.to, tags };
  });
}

/** Deletes an article (revisions, bylines and tags cascade); version-checked like a save. */
export function deleteArticle(input: { id: number; baseVersion: number }): StatusOutcome {
  return writeArticle(input, ({ tx, current }): StatusOutcome => {
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
