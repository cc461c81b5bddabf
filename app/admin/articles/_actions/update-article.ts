'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { defineSaveAction } from './save-snapshot';

/** "Cập nhật": applies the editor's text to a live article. */
export const updateArticleAction: (input: ArticleSaveInput) => Promise<ArticleActionResult> = defineSaveAction('update', 'article:publish', 'article.update');
