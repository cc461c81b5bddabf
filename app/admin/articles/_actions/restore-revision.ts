'use server';

import { getRevisionSnapshot } from '@/lib/articles/revisions';
import type { ArticleActionResult } from './result';
import { runArticleAction } from './run-article-action';
import { saveSnapshot } from './save-step';

/** Restores a revision as a new save (itself a revision); on a live article this is an update. */
export async function restoreRevisionAction(input: {
  id: number;
  version: number;
  revisionId: number;
}): Promise<ArticleActionResult> {
  const revisionId = Number(input?.revisionId);
  return runArticleAction(
    input,
    (article) => (article.status === 'published' ? 'article:publish' : 'article:edit'),
    ({ user, id, version }) => {
      const snapshot = Number.isSafeInteger(revisionId)
        ? getRevisionSnapshot(id, revisionId)
        : null;
      if (!snapshot)
        return { ok: false, error: 'not_found', message: 'Không tìm thấy phiên bản này.' };
      return saveSnapshot('restore', id, version, snapshot, user.id);
    },
    'article.restore',
  );
}
