'use server';

import { deleteArticle } from '@/lib/data/articles/workflow';
import { articleOutcome, articleRefSchema, defineArticleAction, takenDown } from './article-action';
import type { ArticleActionResult, ArticleRef } from './result';

/** Deletes an article: a reporter their own draft, an editor any; a live one leaves every page showing it. */
export const deleteArticleAction: (input: ArticleRef) => Promise<ArticleActionResult> = defineArticleAction({
  capability: 'article:delete',
  schema: articleRefSchema,
  run: ({ input: { id, version } }) => takenDown(id, () => articleOutcome(id, deleteArticle({ id, baseVersion: version }), 'article.delete')),
});
