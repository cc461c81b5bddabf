'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { defineSaveAction } from './save-snapshot';

/** Saves a draft (or an article in review) over the version the editor started from. */
export const saveArticleAction: (input: ArticleSaveInput) => Promise<ArticleActionResult> = defineSaveAction('save', 'article:edit', 'article.edit');
