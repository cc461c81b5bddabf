'use server';

import { defineAction } from '@/lib/actions/define-action';
import { getFrontForEditing, publishFront } from '@/lib/data/fronts/store';
import { wakeScheduler } from '@/lib/schedule/start-scheduler';
import { conflictRefusal, FRONT_NOT_FOUND, frontAudit, frontWriteSchema, invalidFront } from './front-action';
import type { FrontActionResult, FrontConflictRefusal, FrontSaved, FrontWriteInput } from './result';

/**
 * Saves the editor's document as the draft and publishes it whole; the front's cache tag expires at
 * once, so readers get the new front on their next request.
 */
export const publishFrontAction: (input: FrontWriteInput) => Promise<FrontActionResult> = defineAction<
  FrontWriteInput,
  typeof frontWriteSchema,
  FrontSaved,
  FrontConflictRefusal,
  'front:publish'
>({
  permission: 'front:publish',
  schema: frontWriteSchema,
  invalid: invalidFront,
  run: ({ user, input: { key, version, document } }) => {
    if (!getFrontForEditing(key)) return FRONT_NOT_FOUND;
    const outcome = publishFront(key, document, version, user.id);
    if (!outcome.ok) return conflictRefusal(outcome);
    // A pin in the published front may expire before the scheduler's next planned wake-up.
    wakeScheduler();
    return {
      ok: true,
      value: { version: outcome.version, savedAt: new Date().toISOString() },
      tags: outcome.tags,
      audit: frontAudit('front.publish', key, { version: outcome.version, revisionId: outcome.revisionId }),
    };
  },
});
