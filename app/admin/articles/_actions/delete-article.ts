'use server';

import type { ArticleActionResult } from './result';
import { runArticleAction } from './run-article-action';
import { statusStep } from './status-step';
import { takedownStep } from './takedown-step';

/** Deletes an article: a reporter their own draft, an editor any; a live one leaves every page showing it. */
export async function deleteArticleAction(input: {
  id: number;
  version: number;
}): Promise<ArticleActionResult> {
  return runArticleAction(input, 'article:delete', takedownStep(statusStep('delete')), 'article.delete');
}
