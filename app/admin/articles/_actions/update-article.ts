'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { runArticleAction } from './run-article-action';
import { saveStep } from './save-step';

/** "Cập nhật": applies the editor's text to a live article. */
export async function updateArticleAction(input: ArticleSaveInput): Promise<ArticleActionResult> {
  return runArticleAction(
    input,
    'article:publish',
    saveStep('update', input?.snapshot),
    'article.update',
  );
}
