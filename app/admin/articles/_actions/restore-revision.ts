'use server';

import { z } from 'zod';
import { getRevision } from '@/lib/data/articles/revisions';
import { articleRefSchema, defineArticleAction } from './article-action';
import type { ArticleActionResult, ArticleRef } from './result';
import { passScheduledSaveChecks } from './publish-gate';
import { saveSnapshot } from './save-snapshot';

/**
 * Restores a revision as a new save (itself a revision); on a live article into its working copy,
 * live on Cập nhật. Either way the audit log says who restored which revision: a working copy is
 * no save readers see, but the text the desk will publish next changed.
 */
export const restoreRevisionAction: (input: ArticleRef & { revisionId: number }) => Promise<ArticleActionResult> = defineArticleAction({
  capability: (article) => (article.status === 'published' ? 'article:publish' : 'article:edit'),
  schema: articleRefSchema.extend({ revisionId: z.unknown().optional() }),
  run: ({ user, input: { id, version, revisionId } }) => {
    const revisionNumber = Number(revisionId);
    const revision = Number.isSafeInteger(revisionNumber) ? getRevision(id, revisionNumber) : null;
    if (!revision) return { ok: false, error: 'not_found', message: 'Không tìm thấy phiên bản này.' };
    const restored = { revisionId: revisionNumber, restoredVersion: revision.version, revisionAt: revision.createdAt };
    const input = { id, version, snapshot: revision.snapshot };
    // Restoring into a scheduled article changes what goes live: the same checks as a save.
    const checked = passScheduledSaveChecks(input, [], user.id);
    if (checked && !checked.ok) return checked;
    const outcome = saveSnapshot('restore', input, user.id, 'article.restore', restored);
    if (!outcome.ok || !outcome.value.autosavedOnly) return outcome;
    return {
      ...outcome,
      audit: { action: 'article.restore_working_copy', targetType: 'article', targetId: id, detail: { version, ...restored } },
    };
  },
});
