'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { addCorrection, type Correction } from '@/lib/data/articles/corrections';
import { NOT_FOUND, onArticle } from './article-action';
import { correctionNoteSchema } from './correction-result';

const schema = z.object({ id: z.number().int().positive(), note: correctionNoteSchema });

/** Adds a dated "Đính chính" note to a published article; readers see it on their next request. */
export const addCorrectionAction: (input: { id: number; note: string }) => Promise<ActionResult<{ correction: Correction }>> = defineAction({
  permission: onArticle('article:correct'),
  schema,
  invalid: (error) => error.issues[0]?.message ?? 'Yêu cầu không hợp lệ.',
  run: ({ user, input: { id, note } }) => {
    const outcome = addCorrection({ articleId: id, note, userId: user.id });
    if (!outcome.ok) {
      return outcome.reason === 'not_found' ? NOT_FOUND : { ok: false, error: 'refused', message: 'Chỉ đính chính được bài đang đăng.' };
    }
    return {
      ok: true,
      value: { correction: outcome.correction },
      tags: outcome.tags,
      audit: { action: 'article.correct', targetType: 'article', targetId: id, detail: { correctionId: outcome.correction.id } },
    };
  },
});
