import 'server-only';
import type { SaveIntent } from './save';
import type { ArticleSnapshot } from './snapshot';
import { listMediaByIds } from '@/lib/data/media';
import { mediaIdsOf } from '@/lib/data/media-alt';

// Unknown photo ids are refused on every save. Alt text, needed once readers see the photos, is
// one of the pre-publish checks (./publish-checks.ts).

/** Why this snapshot may not be saved with this intent, or null when every photo it names exists. */
export function getPhotoProblem(intent: SaveIntent, snapshot: ArticleSnapshot): string | null {
  if (intent === 'autosave') return null;
  const ids = mediaIdsOf(snapshot.body, snapshot.coverMediaId);
  const found = new Set(listMediaByIds(ids).map((m) => m.id));
  const missing = ids.filter((id) => !found.has(id));
  if (!missing.length) return null;
  return `Ảnh không có trong thư viện: ${missing.map((id) => `#${id}`).join(', ')}.`;
}
