'use server';

import type { ArticleActionResult } from './result';
import { runArticleAction } from './run-article-action';
import { statusStep } from './status-step';

/** Returns an article in review to its reporter as a draft, with the editor's note. */
export async function sendBackArticleAction(input: {
  id: number;
  version: number;
  note: string;
}): Promise<ArticleActionResult> {
  const note = typeof input?.note === 'string' ? input.note : '';
  return runArticleAction(
    input,
    'article:publish',
    statusStep('sendBack', note),
    'article.send_back',
  );
}
