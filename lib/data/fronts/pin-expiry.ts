import 'server-only';
import { cacheTags } from '@/lib/cache-tags';
import { listFronts, listPublishedFrontDocuments } from './store';

// A pinned card leaves its front when its pin runs out, with nobody acting: the scheduler arms a
// timer for the earliest pin of any published front (nextFrontPinExpiry) and, when it fires,
// expires the tags of the fronts whose pins ran out since its last sweep (resolveFront already
// leaves an expired card out of anything rendered after that instant).

function publishedPinTimes(): { key: string; times: number[] }[] {
  return listPublishedFrontDocuments().map(({ key, document }) => ({
    key,
    times: document.containers.flatMap((container) =>
      container.cards.flatMap((card) => (card.pinnedUntil === null ? [] : [Date.parse(card.pinnedUntil)])),
    ),
  }));
}

/** When the next pin of a published front runs out (ms), or null when none is ahead. */
export function nextFrontPinExpiry(now = new Date()): number | null {
  const ahead = publishedPinTimes()
    .flatMap(({ times }) => times)
    .filter((at) => at > now.getTime());
  return ahead.length ? Math.min(...ahead) : null;
}

/** The fronts with a pin that ran out after `since` and by `now`: their tags and public paths. */
export function frontsWithPinsRunOut(since: number, now = new Date()): { tags: string[]; paths: string[] } {
  const keys = new Set(
    publishedPinTimes()
      .filter(({ times }) => times.some((at) => at > since && at <= now.getTime()))
      .map(({ key }) => key),
  );
  if (keys.size === 0) return { tags: [], paths: [] };
  return {
    tags: [...keys].map(cacheTags.front),
    paths: listFronts()
      .filter((front) => keys.has(front.key))
      .map((front) => front.path),
  };
}
