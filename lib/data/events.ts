import 'server-only';
import { and, asc, desc, eq, like, min, ne, notInArray, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles, eventArticles, events, media, sections } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import type { ArticleStatus } from '@/lib/domain/article-status';
import type { EventOrdering } from '@/lib/domain/event-ordering';
import { slugify } from '@/lib/vi/text';
import { articlePath } from '@/lib/urls';
import { recordSlugRename, releaseSlug, retargetRedirects } from './slug-redirects';

// The newsroom's side of events ("Sự kiện"): create, edit, delete, attach and detach articles,
// arrange them by hand. Readers' reads are in event-reads.ts. Every change answers the cache tags
// it touches: the event's own (its page, feed and its members' "Cùng sự kiện" boxes), `listings`
// (the events sitemap, and a new slug's page that was a cached 404) and the pages of the articles
// whose box changes.

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type EventInput = {
  name: string;
  /** Empty: made from the name, with a number added when another event has it. */
  slug: string;
  description: string | null;
  coverMediaId: number | null;
  ordering: EventOrdering;
};

export type EventError = 'not_found' | 'slug_taken' | 'no_slug' | 'no_cover' | 'article_not_found' | 'not_member' | 'at_edge';

export type EventChange =
  | { ok: true; id: number; name: string; slug: string; oldSlug: string; tags: string[] }
  | { ok: false; error: EventError };

function changed(tx: Tx, event: { id: number; name: string; slug: string }, oldSlug: string, articleIds: number[]): EventChange {
  const members = tx.select({ id: eventArticles.articleId }).from(eventArticles).where(eq(eventArticles.eventId, event.id)).all();
  const touched = [...new Set([...members.map((m) => m.id), ...articleIds])];
  return {
    ok: true,
    id: event.id,
    name: event.name,
    slug: event.slug,
    oldSlug,
    tags: [cacheTags.event(event.id), cacheTags.listings, ...touched.map(cacheTags.article)],
  };
}

const slugTaken = (tx: Tx, slug: string, exceptId: number) =>
  tx.select({ id: events.id }).from(events).where(and(eq(events.slug, slug), ne(events.id, exceptId))).get() !== undefined;

/** The typed slug, or one made from the name that no other event has ("bao-so-3", "bao-so-3-2" …). */
function chooseSlug(tx: Tx, input: EventInput, exceptId: number): { slug: string } | { error: EventError } {
  if (input.slug) return slugTaken(tx, input.slug, exceptId) ? { error: 'slug_taken' } : { slug: input.slug };
  const base = slugify(input.name);
  if (!base) return { error: 'no_slug' };
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!slugTaken(tx, slug, exceptId)) return { slug };
  }
}

const coverExists = (tx: Tx, id: number | null) => id === null || tx.select({ id: media.id }).from(media).where(eq(media.id, id)).get() !== undefined;

/** Creates an event; its page appears with its first public article. */
export function createEvent(input: EventInput, createdBy: number | null): EventChange {
  return db.transaction((tx): EventChange => {
    const chosen = chooseSlug(tx, input, 0);
    if ('error' in chosen) return { ok: false, error: chosen.error };
    if (!coverExists(tx, input.coverMediaId)) return { ok: false, error: 'no_cover' };
    const row = tx
      .insert(events)
      .values({ ...input, slug: chosen.slug, createdBy })
      .returning({ id: events.id, name: events.name, slug: events.slug })
      .get();
    releaseSlug(tx, 'event', row.slug);
    return changed(tx, row, row.slug, []);
  });
}

/** Edits an event. Switching to hand order starts from the order readers saw (newest first). */
export function updateEvent(id: number, input: EventInput): EventChange {
  return db.transaction((tx): EventChange => {
    const before = tx.select().from(events).where(eq(events.id, id)).get();
    if (!before) return { ok: false, error: 'not_found' };
    const chosen = chooseSlug(tx, input, id);
    if ('error' in chosen) return { ok: false, error: chosen.error };
    if (!coverExists(tx, input.coverMediaId)) return { ok: false, error: 'no_cover' };
    if (before.ordering === 'time' && input.ordering === 'manual') {
      renumber(tx, id, memberIdsInOrder(tx, id, 'time'));
    }
    const row = tx
      .update(events)
      .set({ ...input, slug: chosen.slug, updatedAt: new Date() })
      .where(eq(events.id, id))
      .returning({ id: events.id, name: events.name, slug: events.slug })
      .get();
    // The old address (page and feed) answers 308 to the new one.
    if (before.slug !== row.slug) recordSlugRename(tx, 'event', before.slug, row.slug, id);
    return changed(tx, row, before.slug, []);
  });
}

/** Deletes an event; its articles stay, without it. */
export function deleteEvent(id: number): EventChange {
  return db.transaction((tx): EventChange => {
    const before = tx.select({ id: events.id, name: events.name, slug: events.slug }).from(events).where(eq(events.id, id)).get();
    if (!before) return { ok: false, error: 'not_found' };
    const outcome = changed(tx, before, before.slug, []);
    tx.delete(events).where(eq(events.id, id)).run();
    retargetRedirects(tx, 'event', id, null);
    return outcome;
  });
}

/** Adds an article to an event, at the top of the hand order. Adding a member again changes nothing. */
export function attachArticle(eventId: number, articleId: number): EventChange {
  return db.transaction((tx): EventChange => {
    const event = tx.select({ id: events.id, name: events.name, slug: events.slug }).from(events).where(eq(events.id, eventId)).get();
    if (!event) return { ok: false, error: 'not_found' };
    if (!tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).get()) return { ok: false, error: 'article_not_found' };
    const top = tx.select({ position: min(eventArticles.position) }).from(eventArticles).where(eq(eventArticles.eventId, eventId)).get();
    tx.insert(eventArticles)
      .values({ eventId, articleId, position: (top?.position ?? 1) - 1 })
      .onConflictDoNothing()
      .run();
    return changed(tx, event, event.slug, [articleId]);
  });
}

/** Takes an article out of an event. */
export function detachArticle(eventId: number, articleId: number): EventChange {
  return db.transaction((tx): EventChange => {
    const event = tx.select({ id: events.id, name: events.name, slug: events.slug }).from(events).where(eq(events.id, eventId)).get();
    if (!event) return { ok: false, error: 'not_found' };
    const removed = tx
      .delete(eventArticles)
      .where(and(eq(eventArticles.eventId, eventId), eq(eventArticles.articleId, articleId)))
      .run();
    if (removed.changes === 0) return { ok: false, error: 'not_member' };
    return changed(tx, event, event.slug, [articleId]);
  });
}

/** Moves a member one place up (towards the top of the page) or down in the hand order. */
export function moveArticle(eventId: number, articleId: number, direction: 'up' | 'down'): EventChange {
  return db.transaction((tx): EventChange => {
    const event = tx.select({ id: events.id, name: events.name, slug: events.slug }).from(events).where(eq(events.id, eventId)).get();
    if (!event) return { ok: false, error: 'not_found' };
    const order = memberIdsInOrder(tx, eventId, 'manual');
    const from = order.indexOf(articleId);
    if (from < 0) return { ok: false, error: 'not_member' };
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { ok: false, error: 'at_edge' };
    [order[from], order[to]] = [order[to]!, order[from]!];
    renumber(tx, eventId, order);
    return changed(tx, event, event.slug, []);
  });
}

/** Members in the order given: newest publication first, or the desk's (unpublished ones last in time order). */
function memberIdsInOrder(tx: Tx, eventId: number, ordering: EventOrdering): number[] {
  return tx
    .select({ id: eventArticles.articleId })
    .from(eventArticles)
    .innerJoin(articles, eq(articles.id, eventArticles.articleId))
    .where(eq(eventArticles.eventId, eventId))
    .orderBy(...memberOrder(ordering))
    .all()
    .map((row) => row.id);
}

/** ORDER BY for an event's members: the hand order's ties fall back to time. */
export function memberOrder(ordering: EventOrdering) {
  const byTime = [sql`${articles.publishedAt} IS NULL`, desc(articles.publishedAt), desc(articles.id)];
  return ordering === 'manual' ? [asc(eventArticles.position), ...byTime] : byTime;
}

function renumber(tx: Tx, eventId: number, order: number[]): void {
  order.forEach((articleId, position) => {
    tx.update(eventArticles)
      .set({ position })
      .where(and(eq(eventArticles.eventId, eventId), eq(eventArticles.articleId, articleId)))
      .run();
  });
}

// ---- The newsroom's reads ---------------------------------------------------------------------

export type AdminEventRow = { id: number; name: string; slug: string; ordering: EventOrdering; members: number; updatedAt: string };

/** Every event, most recently changed first, with how many articles it has. */
export function listEventsForAdmin(): AdminEventRow[] {
  const members = sql<number>`(select count(*) from ${eventArticles} where ${eventArticles.eventId} = ${events.id})`;
  return db
    .select({ id: events.id, name: events.name, slug: events.slug, ordering: events.ordering, members, updatedAt: events.updatedAt })
    .from(events)
    .orderBy(desc(events.updatedAt), desc(events.id))
    .all()
    .map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}

export type AdminEventMember = { id: number; title: string; status: ArticleStatus; publishedAt: string | null; path: string };
export type AdminEvent = Omit<EventInput, 'description'> & { id: number; description: string; members: AdminEventMember[] };

/** One event with its articles in the order its page shows them; null when there is none. */
export function getEventForAdmin(id: number): AdminEvent | null {
  const event = db.select().from(events).where(eq(events.id, id)).get();
  if (!event) return null;
  const members = db
    .select({ id: articles.id, title: articles.title, slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt, section: sections.slug })
    .from(eventArticles)
    .innerJoin(articles, eq(articles.id, eventArticles.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(eventArticles.eventId, id))
    .orderBy(...memberOrder(event.ordering))
    .all();
  return {
    id: event.id,
    name: event.name,
    slug: event.slug,
    description: event.description ?? '',
    coverMediaId: event.coverMediaId,
    ordering: event.ordering,
    members: members.map((m) => ({
      id: m.id,
      title: m.title,
      status: m.status,
      publishedAt: m.publishedAt?.toISOString() ?? null,
      path: articlePath(m.section, m.slug, m.id),
    })),
  };
}

export type AttachCandidate = { id: number; title: string; status: ArticleStatus; publishedAt: string | null };
const CANDIDATE_LIMIT = 10;

/** Articles to add to an event: titles containing the words (with or without accents), newest first, members left out. */
export function searchArticlesToAttach(eventId: number, query: string): AttachCandidate[] {
  const typed = query.trim();
  if (!typed) return [];
  const escape = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
  const folded = slugify(typed);
  const members = db.select({ id: eventArticles.articleId }).from(eventArticles).where(eq(eventArticles.eventId, eventId));
  const matches = or(
    sql`${articles.title} LIKE ${escape(typed)} ESCAPE '\\'`,
    folded ? like(articles.slug, escape(folded)) : undefined,
    /^\d+$/.test(typed) ? eq(articles.id, Number(typed)) : undefined,
  );
  return db
    .select({ id: articles.id, title: articles.title, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(matches, notInArray(articles.id, members))!)
    .orderBy(desc(sql`coalesce(${articles.publishedAt}, ${articles.updatedAt})`), desc(articles.id))
    .limit(CANDIDATE_LIMIT)
    .all()
    .map((row) => ({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null }));
}
