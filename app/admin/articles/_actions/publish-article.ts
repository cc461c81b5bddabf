'use server';

import type { ArticleActionResult, ArticleSaveInput } from './result';
import { defineSaveAction } from './save-snapshot';

/** Saves and publishes; readers see it on their next request. */
export const publishArticleAction: (input: ArticleSaveInput) => Promise<ArticleActionResult> = defineSaveAction('publish', 'article:publish', 'article.publish');
