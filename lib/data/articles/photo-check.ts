import 'server-only';
import type { SaveIntent } from './save';
import type { ArticleSnapshot } from './snapshot';
import { listMediaByIds } from '@/lib/data/media';
import { listPhotosMissingAltIn, mediaIdsOf } from '@/lib/data/media-alt';

// Readers (and screen readers) only see photos once an article is live, so alt text is required
// exactly when publishing or updating a live article; unknown photo ids are refused on every save.

/** Why this snapshot may not be saved with this intent, or null when its photos are fine. */
export function getPhotoProblem(intent: SaveIntent, snapshot: ArticleSnapshot): string | null {
  if (intent === 'autosave') return null;
  const ids = mediaIdsOf(snapshot.body, snapshot.coverMediaId);
  const found = new Set(listMediaByIds(ids).map((m) => m.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    return `Ảnh không có trong thư viện: ${missing.map((id) => `#${id}`).join(', ')}.`;
  }
  if (intent !== 'publish' && intent !== 'update') return null;
  const bare = listPhotosMissingAltIn(snapshot.body, snapshot.coverMediaId);
  if (!bare.length) return null;
  const names = bare.map((m) => `#${m.id}${m.caption ? ` (“${m.caption}”)` : ''}`).join(', ');
  return `Chưa thể xuất bản: ảnh ${names} chưa có mô tả thay thế (alt). Hãy nhập mô tả trong thư viện ảnh.`;
}
