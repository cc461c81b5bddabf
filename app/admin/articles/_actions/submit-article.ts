'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { runArticleAction } from './run-article-action';
import { saveStep } from './save-step';

/** Saves and sends a draft to the desk for review. */
export async function submitArticleAction(input: ArticleSaveInput): Promise<ArticleActionResult> {
  return runArticleAction(
    input,
    'article:submit',
    saveStep('submit', input?.snapshot),
    'article.submit',
  );
}
