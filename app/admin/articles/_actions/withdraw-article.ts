'use server';

import { changeArticleStatus } from '@/lib/data/articles/workflow';
import { articleOutcome, articleRefSchema, defineArticleAction } from './article-action';
import type { ArticleActionResult, ArticleRef } from './result';

/** "Rút về nháp": the writer takes an article waiting for review back to draft, to keep working on it. */
export const withdrawArticleAction: (input: ArticleRef) => Promise<ArticleActionResult> = defineArticleAction({
  capability: 'article:withdraw',
  schema: articleRefSchema,
  run: ({ input: { id, version } }) =>
    articleOutcome(id, changeArticleStatus({ id, baseVersion: version, change: 'withdraw' }), 'article.withdraw'),
});
