import 'server-only';
import { and, count, desc, eq, inArray, ne } from 'drizzle-orm';
import { db } from '@/db';
import { articles, eventArticles, events, media } from '@/db/schema';
import type { EventOrdering } from '@/lib/domain/event-ordering';
import { mediaUrl } from '@/lib/media/url';
import { mediaSrcSet } from '@/lib/media/variants';
import { eventPath } from '@/lib/urls';
import { isPublic, newestFirst, selectSummaries, type ArticlePage } from './articles/public-reads';
import type { ArticleSummary, Picture } from './dto';
import { memberOrder } from './events';

// What readers see of events: only public articles ever count, so an event whose articles are
// all drafts, scheduled for later or taken down has no page, no feed and no sitemap entry.

export type EventLink = { id: number; name: string; slug: string; path: string };
export type PublicEvent = EventLink & { description: string | null; ordering: EventOrdering; cover: Picture | null };

/** An event by its URL slug, public or not yet (its members decide: see listEventArticles). */
export function getEventBySlug(slug: string): PublicEvent | null {
  const row = db
    .select({
      id: events.id,
      name: events.name,
      slug: events.slug,
      description: events.description,
      ordering: events.ordering,
      coverPath: media.path,
      coverWidth: media.width,
      coverHeight: media.height,
      coverAlt: media.alt,
    })
    .from(events)
    .leftJoin(media, eq(media.id, events.coverMediaId))
    .where(eq(events.slug, slug))
    .get();
  if (!row) return null;
  const { coverPath, coverWidth, coverHeight, coverAlt, ...event } = row;
  const cover =
    coverPath && coverWidth && coverHeight
      ? { src: mediaUrl(coverPath), width: coverWidth, height: coverHeight, alt: coverAlt ?? '', srcSet: mediaSrcSet({ path: coverPath, width: coverWidth }) }
      : null;
  return { ...event, path: eventPath(event.slug), cover };
}

/** Summaries of the given articles, in the order given (selectSummaries reads them newest first). */
function summariesInOrder(ids: number[]): ArticleSummary[] {
  if (ids.length === 0) return [];
  const byId = new Map(selectSummaries(inArray(articles.id, ids), ids.length).map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** An event's public articles in its order (newest first, or the desk's), one page of them. */
export function listEventArticles(event: { id: number; ordering: EventOrdering }, page: number, pageSize: number, now = new Date()): ArticlePage {
  const where = and(eq(eventArticles.eventId, event.id), isPublic(now))!;
  const total = db.select({ total: count() }).from(eventArticles).innerJoin(articles, eq(articles.id, eventArticles.articleId)).where(where).get()?.total ?? 0;
  const ids = db
    .select({ id: articles.id })
    .from(eventArticles)
    .innerJoin(articles, eq(articles.id, eventArticles.articleId))
    .where(where)
    .orderBy(...memberOrder(event.ordering))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map((row) => row.id);
  return { items: summariesInOrder(ids), total };
}

/** Ids of the events an article belongs to. */
export function listEventIdsOfArticle(articleId: number): number[] {
  return db.select({ id: eventArticles.eventId }).from(eventArticles).where(eq(eventArticles.articleId, articleId)).all().map((r) => r.id);
}

export type SameEventBox = { event: EventLink; articles: ArticleSummary[] };

/** For an article's "Cùng sự kiện" box: each of its events with its latest other public articles (events with none left out). */
export function listEventsForArticle(articleId: number, perEvent = 4, now = new Date()): SameEventBox[] {
  const rows = db
    .select({ id: events.id, name: events.name, slug: events.slug })
    .from(eventArticles)
    .innerJoin(events, eq(events.id, eventArticles.eventId))
    .where(eq(eventArticles.articleId, articleId))
    .orderBy(desc(events.updatedAt), desc(events.id))
    .all();
  return rows.flatMap((event) => {
    const others = db
      .select({ id: articles.id })
      .from(eventArticles)
      .innerJoin(articles, eq(articles.id, eventArticles.articleId))
      .where(and(eq(eventArticles.eventId, event.id), ne(articles.id, articleId), isPublic(now))!)
      .orderBy(...newestFirst)
      .limit(perEvent)
      .all()
      .map((row) => row.id);
    return others.length > 0 ? [{ event: { ...event, path: eventPath(event.slug) }, articles: summariesInOrder(others) }] : [];
  });
}
