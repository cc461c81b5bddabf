'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { getFrontForEditing, restoreFrontRevision } from '@/lib/data/fronts/store';
import { cardArticlesOf, conflictRefusal, FRONT_NOT_FOUND, frontAudit, frontRefSchema } from './front-action';
import type { FrontConflictRefusal, FrontRestored, FrontRestoreResult } from './result';

const restoreSchema = frontRefSchema.extend({ revisionId: z.number().int().positive() });
type RestoreInput = { key: string; version: number; revisionId: number };

/** Copies a published version into the draft; publishing it is a separate, deliberate step. */
export const restoreFrontRevisionAction: (input: RestoreInput) => Promise<FrontRestoreResult> = defineAction<
  RestoreInput,
  typeof restoreSchema,
  FrontRestored,
  FrontConflictRefusal,
  'front:edit'
>({
  permission: 'front:edit',
  schema: restoreSchema,
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ user, input: { key, version, revisionId } }) => {
    const outcome = restoreFrontRevision(key, revisionId, version, user.id);
    if (!outcome.ok) return outcome.reason === 'conflict' ? conflictRefusal(outcome) : FRONT_NOT_FOUND;
    const front = getFrontForEditing(key);
    if (!front) return FRONT_NOT_FOUND;
    return {
      ok: true,
      value: { version: outcome.version, savedAt: new Date().toISOString(), document: front.draft, articles: cardArticlesOf(front.draft) },
      audit: frontAudit('front.restore', key, { version: outcome.version, revisionId }),
    };
  },
});
