'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { changeCorrection, type Correction } from '@/lib/data/articles/corrections';
import { correctionOutcome } from './correction-result';
import { onArticle } from './article-action';

const schema = z.object({ id: z.number().int().positive(), correctionId: z.number().int().positive() });

/** Takes a "Đính chính" note off a published article's page; the newsroom keeps its history. */
export const removeCorrectionAction: (input: { id: number; correctionId: number }) => Promise<ActionResult<{ correction: Correction }>> = defineAction({
  permission: onArticle('article:correct'),
  schema,
  run: ({ user, input: { id, correctionId } }) =>
    correctionOutcome(id, changeCorrection({ articleId: id, correctionId, userId: user.id, change: 'remove' }), (outcome) => ({
      action: 'article.correction_remove',
      detail: { correctionId, note: outcome.previousNote },
    })),
});
