import 'server-only';
import { unstable_cache } from 'next/cache';
import { and, notInArray } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import { isPublic, listSectionArticles, selectSectionSummaries, type ArticlePage } from '@/lib/data/articles/public-reads';
import type { Section } from '@/lib/data/dto';
import { HOME_FRONT_KEY, sectionFrontKey } from '@/lib/domain/front-document';
import { resolveFront, type ResolvedFront } from './resolve';
import { getPublishedFrontDocument } from './store';

// Readers' fronts, cached. A front's page carries its own tag (publishing the front), `listings`
// (any article published, edited or taken down: backfill moves and a takedown leaves every front
// at once) and `sections` (section blocks are named and linked after their sections). A pin that
// runs out expires the front's tag through the scheduler (pin-expiry.ts).

/** Tags of the pages that show a front. */
const frontPageTags = (key: string) => [cacheTags.front(key), cacheTags.listings, cacheTags.sections];

function resolvePublished(key: string): ResolvedFront {
  return resolveFront(getPublishedFrontDocument(key) ?? { containers: [] });
}

/** The home's front as readers see it. */
export const getHomeFront = unstable_cache(async (): Promise<ResolvedFront> => resolvePublished(HOME_FRONT_KEY), ['front', HOME_FRONT_KEY], {
  tags: frontPageTags(HOME_FRONT_KEY),
});

export type SectionFrontPage = { front: ResolvedFront; page: ArticlePage };

/**
 * Page 1 of a section: its front, then the section's newest articles the front does not show (so
 * none is on the page twice). The count stays the section's whole count, so page 2 onwards, plain
 * listings, page on exactly as before.
 */
export async function getSectionFrontPage(section: Section, pageSize: number): Promise<SectionFrontPage> {
  const key = sectionFrontKey(section.id);
  const ids = [section.id, ...section.children.map((c) => c.id)];
  const load = unstable_cache(
    async (): Promise<SectionFrontPage> => {
      const front = resolvePublished(key);
      const shown = front.containers.flatMap((container) => container.items.map((item) => item.id));
      const page = listSectionArticles(ids, 1, pageSize);
      if (shown.length === 0) return { front, page };
      const rest = selectSectionSummaries(ids, and(isPublic(), notInArray(articles.id, shown))!, pageSize);
      return { front, page: { items: rest, total: page.total } };
    },
    ['section-front', String(section.id), ...ids.map(String)],
    { tags: [...frontPageTags(key), ...ids.map(cacheTags.section)] },
  );
  return load();
}
