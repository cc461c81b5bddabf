'use server';

import { defineAction } from '@/lib/actions/define-action';
import { getFrontForEditing, saveFrontDraft } from '@/lib/data/fronts/store';
import { conflictRefusal, FRONT_NOT_FOUND, frontAudit, frontWriteSchema, invalidFront } from './front-action';
import type { FrontActionResult, FrontConflictRefusal, FrontSaved, FrontWriteInput } from './result';

/** Saves a front's draft (the editor autosaves); readers see nothing of it until it is published. */
export const saveFrontDraftAction: (input: FrontWriteInput) => Promise<FrontActionResult> = defineAction<
  FrontWriteInput,
  typeof frontWriteSchema,
  FrontSaved,
  FrontConflictRefusal,
  'front:edit'
>({
  permission: 'front:edit',
  schema: frontWriteSchema,
  invalid: invalidFront,
  run: ({ user, input: { key, version, document } }) => {
    if (!getFrontForEditing(key)) return FRONT_NOT_FOUND;
    const outcome = saveFrontDraft(key, document, version, user.id);
    if (!outcome.ok) return conflictRefusal(outcome);
    return {
      ok: true,
      value: { version: outcome.version, savedAt: new Date().toISOString() },
      audit: frontAudit('front.save', key, { version: outcome.version }),
    };
  },
});
