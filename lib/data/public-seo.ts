import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import type { SitemapKind } from '@/lib/seo/sitemap-names';
import { NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_WINDOW_MS, SITEMAP_PART_SIZE } from '@/lib/seo/sitemap-xml';
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
  return unstable_cache(async () => ({ items: read(), changedAt: getSiteContentChangedAt() }), ['seo', ...key], {
    tags: [cacheTags.listings, ...tags],
    revalidate: 60,
  })();
}

/** Months with public articles, for the sitemap index. */
export const getArticleSitemapMonths = (): Promise<Snapshot<SitemapMonth[]>> => cachedList(() => listArticleSitemapMonths(), ['months']);

export const getArticleSitemap = (month: string, part: number): Promise<Snapshot<SitemapUrl[]>> =>
  cachedList(() => listArticleSitemapEntries(month, part, SITEMAP_PART_SIZE), ['articles', month, String(part)]);

/** Entry counts of the listing sitemaps, to know how many files each needs. */
export const getListingSitemapCounts = (): Promise<Snapshot<Record<SitemapKind, number>>> =>
  cachedList(
    () => ({ sections: 1, tags: countTagSitemapEntries(), authors: countAuthorSitemapEntries(), events: countEventSitemapEntries() }),
    ['listing-counts'],
    [cacheTags.sections],
  );

export const getListingSitemap = (kind: SitemapKind, part: number): Promise<Snapshot<SitemapUrl[]>> =>
  cachedList(
    () => {
      if (kind === 'sections') return part === 1 ? listSectionSitemapEntries() : [];
      if (kind === 'tags') return listTagSitemapEntries(part, SITEMAP_PART_SIZE);
      if (kind === 'events') return listEventSitemapEntries(part, SITEMAP_PART_SIZE);
      return listAuthorSitemapEntries(part, SITEMAP_PART_SIZE);
    },
    [kind, String(part)],
    [cacheTags.sections],
  );

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
