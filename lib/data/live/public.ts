import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getLivePage, type LivePage } from './reads';

/**
 * The live coverage readers see on an article page (`beforePostId`: the older posts "Xem thêm"
 * opens), cached with the article: a post expires the article's tag and nothing else.
 */
export function getPublicLivePage(articleId: number, beforePostId?: number): Promise<LivePage | null> {
  return unstable_cache(async () => getLivePage(articleId, beforePostId), ['live-page', String(articleId), String(beforePostId ?? '')], {
    tags: [cacheTags.article(articleId)],
  })();
}
