'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { runArticleAction } from './run-article-action';
import { saveStep } from './save-step';

/** Autosave: drafts are saved in place; a live article's edits are kept aside until Update. */
export async function autosaveArticleAction(input: ArticleSaveInput): Promise<ArticleActionResult> {
  return runArticleAction(input, 'article:edit', saveStep('autosave', input?.snapshot));
}
