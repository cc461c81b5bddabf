'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { defineSaveAction } from './save-snapshot';

/** Autosave: drafts are saved in place; a live article's edits are kept aside until Update. */
export const autosaveArticleAction: (input: ArticleSaveInput) => Promise<ArticleActionResult> = defineSaveAction('autosave', 'article:edit');
