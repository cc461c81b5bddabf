'use server';

import { z } from 'zod';
import { getRevisionSnapshot } from '@/lib/data/articles/revisions';
import { articleRefSchema, defineArticleAction } from './article-action';
import type { ArticleActionResult, ArticleRef } from './result';
import { saveSnapshot } from './save-snapshot';

/** Restores a revision as a new save (itself a revision); on a live article into its working copy, live on Cập nhật. */
export const restoreRevisionAction: (input: ArticleRef & { revisionId: number }) => Promise<ArticleActionResult> = defineArticleAction({
  capability: (article) => (article.status === 'published' ? 'article:publish' : 'article:edit'),
  schema: articleRefSchema.extend({ revisionId: z.unknown().optional() }),
  run: ({ user, input: { id, version, revisionId } }) => {
    const revision = Number(revisionId);
    const snapshot = Number.isSafeInteger(revision) ? getRevisionSnapshot(id, revision) : null;
    if (!snapshot) return { ok: false, error: 'not_found', message: 'Không tìm thấy phiên bản này.' };
    return saveSnapshot('restore', { id, version, snapshot }, user.id, 'article.restore');
  },
});
