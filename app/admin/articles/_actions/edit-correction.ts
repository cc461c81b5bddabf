'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { changeCorrection, type Correction } from '@/lib/data/articles/corrections';
import { correctionNoteSchema, correctionOutcome } from './correction-result';
import { onArticle } from './article-action';

const schema = z.object({ id: z.number().int().positive(), correctionId: z.number().int().positive(), note: correctionNoteSchema });

/** Rewrites a "Đính chính" note of a published article; its earlier text is kept, readers see the new one with the time. */
export const editCorrectionAction: (input: { id: number; correctionId: number; note: string }) => Promise<ActionResult<{ correction: Correction }>> =
  defineAction({
    permission: onArticle('article:correct'),
    schema,
    invalid: (error) => error.issues[0]?.message ?? 'Yêu cầu không hợp lệ.',
    run: ({ user, input: { id, correctionId, note } }) =>
      correctionOutcome(id, changeCorrection({ articleId: id, correctionId, userId: user.id, change: 'edit', note }), (outcome) => ({
        action: 'article.correction_edit',
        detail: { correctionId, changes: { note: [outcome.previousNote, note] } },
      })),
  });
