'use server';

import { changeArticleStatus } from '@/lib/data/articles/workflow';
import { articleOutcome, articleRefSchema, defineArticleAction, takenDown } from './article-action';
import type { ArticleActionResult, ArticleRef } from './result';

/** Takes a live article down; its page and every listing showing it are expired at once. */
export const unpublishArticleAction: (input: ArticleRef) => Promise<ArticleActionResult> = defineArticleAction({
  capability: 'article:unpublish',
  schema: articleRefSchema,
  run: ({ input: { id, version } }) =>
    takenDown(id, () => articleOutcome(id, changeArticleStatus({ id, baseVersion: version, change: 'unpublish' }), 'article.unpublish')),
});
