'use server';

import type { ArticleActionResult } from './result';
import { runArticleAction } from './run-article-action';
import { statusStep } from './status-step';
import { takedownStep } from './takedown-step';

/** Takes a live article down; its page and every listing showing it are expired at once. */
export async function unpublishArticleAction(input: {
  id: number;
  version: number;
}): Promise<ArticleActionResult> {
  return runArticleAction(input, 'article:unpublish', takedownStep(statusStep('unpublish')), 'article.unpublish');
}
