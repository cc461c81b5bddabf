'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { defineSaveAction } from './save-snapshot';

/** Saves and sends a draft to the desk for review. */
export const submitArticleAction: (input: ArticleSaveInput) => Promise<ArticleActionResult> = defineSaveAction('submit', 'article:submit', 'article.submit');
