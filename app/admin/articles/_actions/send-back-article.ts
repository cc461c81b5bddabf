'use server';

import { z } from 'zod';
import { changeArticleStatus } from '@/lib/data/articles/workflow';
import { articleOutcome, articleRefSchema, defineArticleAction } from './article-action';
import type { ArticleActionResult, ArticleRef } from './result';

/** Returns an article in review to its reporter as a draft, with the editor's note. */
export const sendBackArticleAction: (input: ArticleRef & { note: string }) => Promise<ArticleActionResult> = defineArticleAction({
  capability: 'article:publish',
  schema: articleRefSchema.extend({ note: z.string().catch('').transform((note) => note.slice(0, 2000)) }),
  run: ({ input: { id, version, note } }) =>
    articleOutcome(id, changeArticleStatus({ id, baseVersion: version, change: 'sendBack', note }), 'article.send_back'),
});
