'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { runArticleAction } from './run-article-action';
import { saveStep } from './save-step';

/** Saves and publishes; readers see it on their next request. */
export async function publishArticleAction(input: ArticleSaveInput): Promise<ArticleActionResult> {
  return runArticleAction(
    input,
    'article:publish',
    saveStep('publish', input?.snapshot),
    'article.publish',
  );
}
