import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { env } from '@/lib/env';
import {
  getPublicArticle,
  listAuthorArticles,
  listRelatedArticles,
  listSectionArticles,
  listTagArticles,
  type ArticlePage,
} from '@/lib/data/articles/public-reads';
import { getAuthorBySlug, type AuthorProfile } from './authors';
import { getEventBySlug, listEventArticles, listEventIdsOfArticle, listEventsForArticle, type PublicEvent, type SameEventBox } from './event-reads';
import type { ArticleDetail, ArticleSummary, Section, TagLink } from './dto';
import { listSections } from './sections';
import { getTagBySlug } from './tags';
import { listMostRead, type MostReadItem } from './views';

// Readers' data, cached and tagged. Pages render from these; mutations expire the tags in
// lib/cache-tags.ts, so the next request after a publish sees it.

export const PAGE_SIZE = 12;

/** Sections for the navigation bar and section lookups. */
export const getSections = unstable_cache(async (): Promise<Section[]> => listSections(), ['sections'], {
  tags: [cacheTags.sections],
});

/** A section page; null when no section has that slug. */
export async function getSectionPage(slug: string, page: number): Promise<{ section: Section; page: ArticlePage } | null> {
  const section = (await getSections()).find((s) => s.slug === slug);
  if (!section) return null;
  const ids = [section.id, ...section.children.map((c) => c.id)];
  const load = unstable_cache(async () => listSectionArticles(ids, page, PAGE_SIZE), ['section', String(section.id), String(page)], {
    tags: ids.map(cacheTags.section),
  });
  return { section, page: await load() };
}

export type ArticlePageData = { article: ArticleDetail; related: ArticleSummary[] };

/** A public article with related articles; null when it does not exist or is not public. */
export async function getArticlePage(id: number): Promise<ArticlePageData | null> {
  const loadArticle = unstable_cache(async () => getPublicArticle(id), ['article', String(id)], {
    tags: [cacheTags.article(id)],
  });
  const article = await loadArticle();
  if (!article) return null;
  // Related articles are a section listing, so they carry the section's tag, not the article's.
  const loadRelated = unstable_cache(
    async () => listRelatedArticles(id, article.section.id, 4),
    ['related', String(id), String(article.section.id)],
    { tags: [cacheTags.section(article.section.id)] },
  );
  return { article, related: await loadRelated() };
}

// Tags and authors are created by any save, drafts included, so their rows say nothing about
// what readers may see: a listing page exists only while a public article is on it. Its 404 is
// cached like a page, so it must carry a tag that the publish giving the tag or author its first
// public article expires: the tag's own for an empty listing, `listings` for a slug that names
// nothing yet (that publish may be what creates it).
const noListing = unstable_cache(async (): Promise<null> => null, ['no-listing'], { tags: [cacheTags.listings] });

/** A tag page; null when the tag is unknown or no public article carrying it is on that page. */
export async function getTagPage(slug: string, page: number): Promise<{ tag: TagLink; page: ArticlePage } | null> {
  const tag = getTagBySlug(slug);
  if (!tag) return noListing();
  const load = unstable_cache(async () => listTagArticles(tag.id, page, PAGE_SIZE), ['tag', String(tag.id), String(page)], {
    tags: [cacheTags.tag(tag.id)],
  });
  const listing = await load();
  return listing.items.length > 0 ? { tag, page: listing } : null;
}

/** An author page; null when the author is unknown or no public article crediting them is on that page. */
export async function getAuthorPage(slug: string, page: number): Promise<{ author: AuthorProfile; page: ArticlePage } | null> {
  const author = getAuthorBySlug(slug);
  if (!author) return noListing();
  const load = unstable_cache(
    async () => listAuthorArticles(author.id, page, PAGE_SIZE),
    ['author', String(author.id), String(page)],
    { tags: [cacheTags.author(author.id)] },
  );
  const listing = await load();
  return listing.items.length > 0 ? { author, page: listing } : null;
}

/** An event page; null when the event is unknown or none of its public articles is on that page. */
export async function getEventPage(slug: string, page: number): Promise<{ event: PublicEvent; page: ArticlePage } | null> {
  const event = getEventBySlug(slug);
  if (!event) return noListing();
  const load = unstable_cache(
    async () => listEventArticles(event, page, PAGE_SIZE),
    ['event', String(event.id), event.ordering, String(page)],
    { tags: [cacheTags.event(event.id)] },
  );
  const listing = await load();
  return listing.items.length > 0 ? { event, page: listing } : null;
}

/** The "Cùng sự kiện" boxes of an article's page: which events it is in follows the article's tag, their members each event's. */
export async function getSameEventBoxes(articleId: number): Promise<SameEventBox[]> {
  const loadIds = unstable_cache(async () => listEventIdsOfArticle(articleId), ['event-ids', String(articleId)], {
    tags: [cacheTags.article(articleId)],
  });
  const ids = await loadIds();
  if (ids.length === 0) return [];
  const loadBoxes = unstable_cache(async () => listEventsForArticle(articleId), ['same-event', String(articleId), ...ids.map(String)], {
    tags: ids.map(cacheTags.event),
  });
  return loadBoxes();
}

/** Most-read lists for 24 hours and 7 days, recomputed every MOST_READ_REFRESH_SECONDS. */
export const getMostRead = unstable_cache(
  async (): Promise<{ day: MostReadItem[]; week: MostReadItem[] }> => ({
    day: listMostRead(24, 5),
    week: listMostRead(24 * 7, 5),
  }),
  ['most-read'],
  { revalidate: env.MOST_READ_REFRESH_SECONDS, tags: [cacheTags.listings] },
);
