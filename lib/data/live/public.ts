import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getLiveFeed, getLivePage, type LiveFeed, type LivePage } from './reads';

/**
 * The live coverage readers see on an article page (`beforePostId`: the older posts "Xem thêm"
 * opens), cached with the article: a post expires the article's tag and nothing else.
 */
export function getPublicLivePage(articleId: number, beforePostId?: number): Promise<LivePage | null> {
  return unstable_cache(async () => getLivePage(articleId, beforePostId), ['live-page', String(articleId), String(beforePostId ?? '')], {
    tags: [cacheTags.article(articleId)],
  })();
}

/** A live page's feed (its newest posts), cached with the article like the page itself. */
export function getPublicLiveFeed(articleId: number): Promise<LiveFeed | null> {
  return unstable_cache(async () => getLiveFeed(articleId), ['live-feed', String(articleId)], { tags: [cacheTags.article(articleId)] })();
}
