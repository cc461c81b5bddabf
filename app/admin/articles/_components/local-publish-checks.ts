'use client';

import type { MediaItem } from '@/lib/data/dto';
import { checkBeforePublish, type CheckedArticle, type PublishChecks } from '@/lib/data/articles/publish-checks';

const MAX_IDS = 100;

/** Library photos a body's figures and the cover show (ids the media route can look up). */
function photoIdsOf(article: CheckedArticle): number[] {
  const ids = new Set<number>(article.coverMediaId ? [article.coverMediaId] : []);
  const stack: unknown[] = [article.body];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; attrs?: { mediaId?: unknown }; content?: unknown } | null;
    if (typeof node !== 'object' || node === null) continue;
    if (node.type === 'figure' && typeof node.attrs?.mediaId === 'number') ids.add(node.attrs.mediaId);
    if (Array.isArray(node.content)) stack.push(...node.content);
  }
  return [...ids].slice(0, MAX_IDS);
}

/**
 * The pre-publish checks as the editor can make them before asking the server: the same rules,
 * with the provisional headline from the page and alt text from the photo library. Possible
 * duplicates only the server finds; its refusal brings them into the panel.
 */
export async function checkInEditor(article: CheckedArticle, provisionalTitle: string | null): Promise<PublishChecks> {
  const ids = photoIdsOf(article);
  let photos: MediaItem[] = [];
  if (ids.length > 0) {
    const response = await fetch(`/api/media?ids=${ids.join(',')}`).catch(() => null);
    photos = response?.ok ? ((await response.json()) as { items: MediaItem[] }).items : [];
  }
  const photosMissingAlt = photos.filter((photo) => !photo.alt.trim()).map((photo) => ({ id: photo.id, caption: photo.caption }));
  return checkBeforePublish(article, { provisionalTitle, photosMissingAlt, duplicates: [] });
}
