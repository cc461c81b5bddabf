import 'server-only';
import { and, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, articleTags, eventArticles, media } from '@/db/schema';
import { isPublic, selectSectionSummaries, selectSummaries } from '@/lib/data/articles/public-reads';
import type { ArticleSummary, Picture, Section } from '@/lib/data/dto';
import { listSections } from '@/lib/data/sections';
import type { Backfill, ContainerLayout, FrontCard, FrontContainer, FrontDocument } from '@/lib/domain/front-document';
import { mediaUrl } from '@/lib/media/url';
import { focalFrom } from '@/lib/media/focal';
import { mediaSrcSet } from '@/lib/media/variants';

// What readers see of a front. Hand-picked cards come first: a pin that has run out is dropped,
// and so is any article readers may not see (a draft, a takedown, a schedule not yet due, a
// deleted row), so their slots fall back to backfill. No article appears twice on a page: the
// higher container keeps it, and a hand-picked card anywhere beats backfill anywhere (backfill
// runs after every container's hand-picked cards are placed). Queries: one for the hand-picked
// articles, one for override photos, one for the sections, one per container with free slots.

/** An article on a front, with the front's overrides of headline, lead and photo applied. */
export type FrontItem = ArticleSummary & {
  handPicked: boolean;
  /** ISO time the card's pin runs out (strings, like every date handed to pages: cached as JSON). */
  pinnedUntil: string | null;
};

export type ResolvedContainer = {
  id: string;
  name: string;
  showName: boolean;
  layout: ContainerLayout;
  /** Where the block's heading links: the section's page for a section block backfilled from it. */
  path: string | null;
  items: FrontItem[];
};

export type ResolvedFront = { containers: ResolvedContainer[] };

/** Whether a card still holds its slot at `now`. */
export const isCardLive = (card: FrontCard, now: Date) => card.pinnedUntil === null || new Date(card.pinnedUntil) > now;

function loadOverridePhotos(mediaIds: number[]): Map<number, Picture> {
  if (mediaIds.length === 0) return new Map();
  const rows = db.select().from(media).where(inArray(media.id, mediaIds)).all();
  return new Map(
    rows.map((row) => [row.id, { src: mediaUrl(row.path), width: row.width, height: row.height, alt: row.alt, srcSet: mediaSrcSet(row), focal: focalFrom(row.focalX, row.focalY) }]),
  );
}

/** The newest `count` articles a backfill takes that match `where` (public, not shown yet). */
function backfillArticles(backfill: Exclude<Backfill, { kind: 'none' }>, where: SQL, count: number, sections: Section[]): ArticleSummary[] {
  if (backfill.kind !== 'section') return selectSummaries(and(where, backfillFilter(backfill))!, count);
  // A section's backfill includes its subsections, as its page does.
  const children = sections.find((s) => s.id === backfill.sectionId)?.children ?? [];
  return selectSectionSummaries([backfill.sectionId, ...children.map((c) => c.id)], where, count);
}

/** The condition a tag's or an event's backfill adds to "public, not shown yet"; undefined for the latest. */
function backfillFilter(backfill: Exclude<Backfill, { kind: 'none' | 'section' }>): SQL | undefined {
  switch (backfill.kind) {
    case 'latest':
      return undefined;
    case 'tag':
      return inArray(articles.id, db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, backfill.tagId)));
    case 'event':
      return inArray(
        articles.id,
        db.select({ id: eventArticles.articleId }).from(eventArticles).where(eq(eventArticles.eventId, backfill.eventId)),
      );
  }
}

function headingPath(container: FrontContainer, sections: Section[]): string | null {
  if (container.layout !== 'section-block' || container.backfill.kind !== 'section') return null;
  const { sectionId } = container.backfill;
  return sections.find((s) => s.id === sectionId)?.path ?? null;
}

/** The front as readers see it at `now`. */
export function resolveFront(document: FrontDocument, now = new Date()): ResolvedFront {
  const sections = listSections();
  const liveCards = document.containers.map((container) =>
    container.layout === 'most-read' ? [] : container.cards.filter((card) => isCardLive(card, now)),
  );
  const pickedIds = [...new Set(liveCards.flat().map((card) => card.articleId))];
  const picked = new Map(
    (pickedIds.length ? selectSummaries(and(isPublic(now), inArray(articles.id, pickedIds))!, pickedIds.length) : []).map(
      (summary) => [summary.id, summary],
    ),
  );
  const photos = loadOverridePhotos([...new Set(liveCards.flat().flatMap((card) => (card.mediaId ? [card.mediaId] : [])))]);

  const shown = new Set<number>();
  const items: FrontItem[][] = document.containers.map((container, index) => {
    const placed: FrontItem[] = [];
    for (const card of liveCards[index] ?? []) {
      const summary = picked.get(card.articleId);
      if (!summary || shown.has(summary.id) || placed.length >= container.slots) continue;
      shown.add(summary.id);
      placed.push({
        ...summary,
        title: card.headline || summary.title,
        lead: card.lead || summary.lead,
        photo: (card.mediaId && photos.get(card.mediaId)) || summary.photo,
        handPicked: true,
        pinnedUntil: card.pinnedUntil,
      });
    }
    return placed;
  });

  document.containers.forEach((container, index) => {
    const placed = items[index]!;
    const free = container.slots - placed.length;
    const { backfill } = container;
    if (container.layout === 'most-read' || backfill.kind === 'none' || free <= 0) return;
    const where = and(isPublic(now), shown.size ? notInArray(articles.id, [...shown]) : undefined)!;
    for (const summary of backfillArticles(backfill, where, free, sections)) {
      shown.add(summary.id);
      placed.push({ ...summary, handPicked: false, pinnedUntil: null });
    }
  });

  return {
    containers: document.containers.map((container, index) => ({
      id: container.id,
      name: container.name,
      showName: container.showName,
      layout: container.layout,
      path: headingPath(container, sections),
      items: items[index]!,
    })),
  };
}
