import 'server-only';
import type { Action } from '@/lib/domain/capabilities';
import { getEditableArticle } from '@/lib/data/articles/editable';
import { getPhotoProblem } from '@/lib/data/articles/photo-check';
import { saveArticle, type SaveIntent } from '@/lib/data/articles/save';
import { articleSnapshotSchema, type ArticleSnapshot } from '@/lib/data/articles/snapshot';
import { articleChanges } from '@/lib/data/articles/changes';
import { withEmbedThumbnails } from '@/lib/media/embed-thumbnails';
import { articleOutcome, articleRefSchema, defineArticleAction, type ArticleOutcome } from './article-action';
import { confirmedWarningsSchema, passPublishChecks, passScheduledSaveChecks } from './publish-gate';

/** Writes a snapshot over the version the editor started from (a new revision unless autosaved aside). */
export function saveSnapshot(
  intent: SaveIntent,
  input: { id: number; version: number; snapshot: ArticleSnapshot },
  userId: number,
  audit?: string,
  detail?: Record<string, unknown>,
): ArticleOutcome {
  const { id, version, snapshot } = input;
  // Read before the write, so the audit row says what this save changed.
  const before = audit ? getEditableArticle(id)?.snapshot : undefined;
  const changes = before ? { changes: articleChanges(before, snapshot) } : {};
  return articleOutcome(id, saveArticle({ id, baseVersion: version, snapshot, intent, userId }), audit, { ...detail, ...changes });
}

/** The intents that put text in front of readers, and so pass the pre-publish checks first. */
const GOES_LIVE: readonly SaveIntent[] = ['publish', 'update'];

/** The editor's buttons: the snapshot (body reduced to the allowed structure) is validated, checked, then saved. */
export function defineSaveAction(intent: SaveIntent, capability: Action, audit?: string) {
  return defineArticleAction({
    capability,
    schema: articleRefSchema.extend({ snapshot: articleSnapshotSchema, confirmedWarnings: confirmedWarningsSchema }),
    run: async ({ user, input: request }) => {
      // Embeds get their local posters before the checks and the write (a failed fetch: none).
      const input = { ...request, snapshot: { ...request.snapshot, body: await withEmbedThumbnails(request.snapshot.body) } };
      const photoProblem = getPhotoProblem(intent, input.snapshot);
      if (photoProblem) return { ok: false, error: 'refused', message: photoProblem };
      const checked = GOES_LIVE.includes(intent)
        ? passPublishChecks(input.id, input.snapshot, input.confirmedWarnings)
        : passScheduledSaveChecks(input, input.confirmedWarnings, user.id);
      if (!checked) return saveSnapshot(intent, input, user.id, audit);
      if (!checked.ok) return checked;
      return saveSnapshot(intent, input, user.id, audit, { confirmedWarnings: checked.confirmedWarnings });
    },
  });
}
