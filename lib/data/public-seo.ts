import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { SITEMAP_KINDS, type SitemapKind } from '@/lib/seo/sitemap-names';
import { NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_WINDOW_MS, partCount, SITEMAP_PART_SIZE } from '@/lib/seo/sitemap-xml';
import { getArticleModifiedAt, getSiteContentChangedAt } from '@/lib/data/articles/modified-at';
import type { FeedArticle, NewsSitemapArticle, SitemapMonth, SitemapUrl } from './dto';
import { listFeedArticles } from './feeds';
import {
  countAuthorSitemapEntries,
  countEventSitemapEntries,
  countTagSitemapEntries,
  listArticleSitemapEntries,
  listArticleSitemapMonths,
  listAuthorSitemapEntries,
  listEventSitemapEntries,
  listNewsSitemapArticles,
  listSectionSitemapEntries,
  listTagSitemapEntries,
} from './sitemaps';

// Feeds and sitemaps, cached and tagged like the pages (lib/data/public-pages.ts). Every article
// change expires `listings`, so a publish or unpublish reaches them on the next request. The
// short revalidate only catches articles whose publication time arrives with no write at all.

/**
 * A cached list and the public site's newest change when it was read: the response's
 * Last-Modified, so a client's If-Modified-Since gets a 304 until something readers see changes.
 */
export type Snapshot<T> = { items: T; changedAt: string };

function cachedList<T>(read: () => T, key: string[], tags: string[] = []): Promise<Snapshot<T>> {
  // The time first: a change landing between the two reads (another process writing) then makes
  // the body newer than its Last-Modified, never older, so the next read is not answered 304.
  return unstable_cache(async () => ({ changedAt: getSiteContentChangedAt(), items: read() }), ['seo', ...key], {
    tags: [cacheTags.listings, ...tags],
    revalidate: 60,
  })();
}

export const getArticleSitemap = (month: string, part: number): Promise<Snapshot<SitemapUrl[]>> =>
  cachedList(() => listArticleSitemapEntries(month, part, SITEMAP_PART_SIZE), ['articles', month, String(part)]);

function listListingSitemapEntries(kind: SitemapKind, part: number): SitemapUrl[] {
  if (kind === 'sections') return part === 1 ? listSectionSitemapEntries() : [];
  if (kind === 'tags') return listTagSitemapEntries(part, SITEMAP_PART_SIZE);
  if (kind === 'events') return listEventSitemapEntries(part, SITEMAP_PART_SIZE);
  return listAuthorSitemapEntries(part, SITEMAP_PART_SIZE);
}

export const getListingSitemap = (kind: SitemapKind, part: number): Promise<Snapshot<SitemapUrl[]>> =>
  cachedList(() => listListingSitemapEntries(kind, part), [kind, String(part)], [cacheTags.sections]);

export type SitemapIndexParts = {
  /** Every listing file with its newest entry's change (a kind with nothing public yet has no file). */
  listings: { kind: SitemapKind; part: number; modifiedAt: string | null }[];
  months: SitemapMonth[];
};

function newest(times: (string | null)[]): string | null {
  const known = times.filter((t): t is string => t !== null);
  return known.length > 0 ? new Date(Math.max(...known.map(Date.parse))).toISOString() : null;
}

function listSitemapIndexParts(): SitemapIndexParts {
  const counts: Record<SitemapKind, number> = { sections: 1, tags: countTagSitemapEntries(), authors: countAuthorSitemapEntries(), events: countEventSitemapEntries() };
  const listings = SITEMAP_KINDS.flatMap((kind) =>
    counts[kind] === 0
      ? []
      : Array.from({ length: partCount(counts[kind]) }, (_, i) => ({
          kind,
          part: i + 1,
          modifiedAt: newest(listListingSitemapEntries(kind, i + 1).map((url) => url.modifiedAt)),
        })),
  );
  return { listings, months: listArticleSitemapMonths() };
}

/**
 * What the sitemap index lists, read in one go and cached as one entry: its Last-Modified then
 * describes exactly its body. Assembled from the per-file caches, which expire apart, a body
 * could be partly newer than the time it claimed, and a crawler's If-Modified-Since got a 304
 * for bytes it had never seen.
 */
export const getSitemapIndex = (): Promise<Snapshot<SitemapIndexParts>> => cachedList(listSitemapIndexParts, ['index'], [cacheTags.sections]);

/** Candidates for the news sitemap; the 48-hour window is applied again per request. */
export const getNewsSitemapArticles = (): Promise<Snapshot<NewsSitemapArticle[]>> =>
  cachedList(() => listNewsSitemapArticles(new Date(Date.now() - NEWS_SITEMAP_WINDOW_MS), NEWS_SITEMAP_MAX_URLS), ['news']);

/** An event's feed: its public articles, newest first. */
export const getEventFeedArticles = (eventId: number): Promise<Snapshot<FeedArticle[]>> =>
  cachedList(() => listFeedArticles({ eventId }), ['event-feed', String(eventId)], [cacheTags.event(eventId)]);

/** The site feed, or a section's feed (its subsections included). */
export const getFeedArticles = (sectionIds?: number[]): Promise<Snapshot<FeedArticle[]>> =>
  cachedList(() => listFeedArticles({ sectionIds }), ['feed', ...(sectionIds ?? []).map(String)], (sectionIds ?? []).map(cacheTags.section));

/** The article's last change including corrections, tagged with the article. */
export const getArticleModified = (id: number) =>
  unstable_cache(async () => getArticleModifiedAt(id), ['seo', 'modified', String(id)], { tags: [cacheTags.article(id)] })();
