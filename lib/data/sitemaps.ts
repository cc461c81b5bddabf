import 'server-only';
import { and, asc, count, eq, gte, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articleBylines, articleLive, articles, articleTags, authors, eventArticles, events, sections, tags } from '@/db/schema';
import { articlePath, authorPath, eventPath, sectionPath, tagPath } from '@/lib/urls';
import { newsroomMonthBounds, newsroomUtcOffsetMs } from '@/lib/vi/time';
import { isPublic, newestFirst } from '@/lib/data/articles/public-reads';
import { articleModifiedAt } from '@/lib/data/articles/modified-at';
import type { NewsSitemapArticle, SitemapMonth, SitemapUrl } from './dto';

// What the sitemaps list. Only published, due articles, and only listings that show one.

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

// Months follow the newsroom's calendar (Vietnam time), so a story published at 06:00 on the
// 1st is in that month, not the previous one as UTC would have it.
const monthOf = sql<string>`strftime('%Y-%m', (${articles.publishedAt} + ${sql.raw(String(newsroomUtcOffsetMs()))}) / 1000, 'unixepoch')`;

/** Months that have public articles, oldest first, with their count and latest change. */
export function listArticleSitemapMonths(now = new Date()): SitemapMonth[] {
  return db
    .select({ month: monthOf, count: count(), modifiedAt: sql<number>`max(${articleModifiedAt})` })
    .from(articles)
    .where(isPublic(now))
    .groupBy(monthOf)
    .orderBy(asc(monthOf))
    .all()
    .map((row) => ({ month: row.month, count: row.count, modifiedAt: new Date(row.modifiedAt).toISOString() }));
}

/** One file's worth of a month's public articles, oldest first so parts stay stable as news arrives. */
export function listArticleSitemapEntries(month: string, part: number, partSize: number, now = new Date()): SitemapUrl[] {
  const { start, end } = newsroomMonthBounds(month);
  return db
    .select({ id: articles.id, slug: articles.slug, section: sections.slug, modifiedAt: articleModifiedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(now), gte(articles.publishedAt, start), lt(articles.publishedAt, end))!)
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .limit(partSize)
    .offset((part - 1) * partSize)
    .all()
    .map((row) => ({ path: articlePath(row.section, row.slug, row.id), modifiedAt: iso(row.modifiedAt) }));
}

/**
 * The home page, then every section, each with the latest change among the public articles it
 * lists (a section's subsections included; the home shows the newest of every section).
 */
export function listSectionSitemapEntries(now = new Date()): SitemapUrl[] {
  const latest = new Map(
    db
      .select({ sectionId: articles.sectionId, modifiedAt: sql<number>`max(${articleModifiedAt})` })
      .from(articles)
      .where(isPublic(now))
      .groupBy(articles.sectionId)
      .all()
      .map((row) => [row.sectionId, row.modifiedAt]),
  );
  const rows = db.select({ id: sections.id, slug: sections.slug, parentId: sections.parentId }).from(sections).orderBy(asc(sections.position), asc(sections.id)).all();
  const newestOf = (times: number[]) => iso(times.length > 0 ? Math.max(...times) : null);
  const home = { path: '/', modifiedAt: newestOf([...latest.values()]) };
  return [
    home,
    ...rows.map((section) => {
      const own = [section.id, ...rows.filter((r) => r.parentId === section.id).map((r) => r.id)];
      return { path: sectionPath(section.slug), modifiedAt: newestOf(own.flatMap((id) => (latest.has(id) ? [latest.get(id)!] : []))) };
    }),
  ];
}

function taggedPublic(now: Date) {
  return db
    .select({ tagId: articleTags.tagId, modifiedAt: sql<number>`max(${articleModifiedAt})`.as('modified_at') })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(isPublic(now))
    .groupBy(articleTags.tagId)
    .as('tagged');
}

/** How many tags have at least one public article. */
export function countTagSitemapEntries(now = new Date()): number {
  const tagged = taggedPublic(now);
  return db.select({ total: count() }).from(tagged).get()?.total ?? 0;
}

/** Tags with public articles, by id, one file's worth. */
export function listTagSitemapEntries(part: number, partSize: number, now = new Date()): SitemapUrl[] {
  const tagged = taggedPublic(now);
  return db
    .select({ slug: tags.slug, modifiedAt: tagged.modifiedAt })
    .from(tagged)
    .innerJoin(tags, eq(tags.id, tagged.tagId))
    .orderBy(asc(tags.id))
    .limit(partSize)
    .offset((part - 1) * partSize)
    .all()
    .map((row) => ({ path: tagPath(row.slug), modifiedAt: iso(row.modifiedAt) }));
}

function creditedPublic(now: Date) {
  return db
    .select({ authorId: articleBylines.authorId, modifiedAt: sql<number>`max(${articleModifiedAt})`.as('modified_at') })
    .from(articleBylines)
    .innerJoin(articles, eq(articles.id, articleBylines.articleId))
    .where(isPublic(now))
    .groupBy(articleBylines.authorId)
    .as('credited');
}

/** How many authors are credited on at least one public article. */
export function countAuthorSitemapEntries(now = new Date()): number {
  const credited = creditedPublic(now);
  return db.select({ total: count() }).from(credited).innerJoin(authors, eq(authors.id, credited.authorId)).get()?.total ?? 0;
}

/** Authors credited on public articles, by id, one file's worth. */
export function listAuthorSitemapEntries(part: number, partSize: number, now = new Date()): SitemapUrl[] {
  const credited = creditedPublic(now);
  return db
    .select({ slug: authors.slug, modifiedAt: credited.modifiedAt })
    .from(credited)
    .innerJoin(authors, eq(authors.id, credited.authorId))
    .orderBy(asc(authors.id))
    .limit(partSize)
    .offset((part - 1) * partSize)
    .all()
    .map((row) => ({ path: authorPath(row.slug), modifiedAt: iso(row.modifiedAt) }));
}

function eventsWithPublic(now: Date) {
  return db
    .select({ eventId: eventArticles.eventId, modifiedAt: sql<number>`max(${articleModifiedAt})`.as('modified_at') })
    .from(eventArticles)
    .innerJoin(articles, eq(articles.id, eventArticles.articleId))
    .where(isPublic(now))
    .groupBy(eventArticles.eventId)
    .as('covered');
}

/** How many events have at least one public article (the others have no page). */
export function countEventSitemapEntries(now = new Date()): number {
  return db.select({ total: count() }).from(eventsWithPublic(now)).get()?.total ?? 0;
}

/** Events with public articles, by id, one file's worth. */
export function listEventSitemapEntries(part: number, partSize: number, now = new Date()): SitemapUrl[] {
  const covered = eventsWithPublic(now);
  return db
    .select({ slug: events.slug, modifiedAt: covered.modifiedAt })
    .from(covered)
    .innerJoin(events, eq(events.id, covered.eventId))
    .orderBy(asc(events.id))
    .limit(partSize)
    .offset((part - 1) * partSize)
    .all()
    .map((row) => ({ path: eventPath(row.slug), modifiedAt: iso(row.modifiedAt) }));
}

// A live page stays news while its coverage is open, however long ago it was published.
const openLive = sql`exists (select 1 from ${articleLive} where ${articleLive.articleId} = ${articles.id} and ${articleLive.endedAt} is null)`;

/** Public articles published since a moment, and open live pages whenever published, newest first, for the Google News sitemap. */
export function listNewsSitemapArticles(since: Date, limit: number, now = new Date()): NewsSitemapArticle[] {
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, section: sections.slug, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(now), or(gte(articles.publishedAt, since), openLive))!)
    .orderBy(...newestFirst)
    .limit(limit)
    .all()
    .map((row) => ({ path: articlePath(row.section, row.slug, row.id), title: row.title, publishedAt: row.publishedAt!.toISOString() }));
}
