'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { runArticleAction } from './run-article-action';
import { saveStep } from './save-step';

/** Saves a draft (or an article in review) over the version the editor started from. */
export async function saveArticleAction(input: ArticleSaveInput): Promise<ArticleActionResult> {
  return runArticleAction(input, 'article:edit', saveStep('save', input?.snapshot));
}
