import { w3cDateTime } from '@/lib/vi/time';
import { escapeXml } from './xml';

// Limits from sitemaps.org and Google's news sitemap rules.
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
export const SITEMAP_MAX_LOC_LENGTH = 2_048;
export const NEWS_SITEMAP_MAX_URLS = 1_000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;
/**
 * URLs per sitemap file. Each entry is at most ~2.2 KB (a loc of 2,048 characters plus tags), so
 * 20,000 entries stay under 50 MB as well as under the 50,000-URL limit.
 */
export const SITEMAP_PART_SIZE = 20_000;

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export type SitemapEntry = { loc: string; lastmod?: Date | null };
export type NewsEntry = { loc: string; title: string; publishedAt: Date };
export type NewsPublication = { name: string; language: string };

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function lastmodTag(date: Date | null | undefined): string {
  return date ? `<lastmod>${w3cDateTime(date)}</lastmod>` : '';
}

function locTag(loc: string): string {
  if (loc.length > SITEMAP_MAX_LOC_LENGTH) throw new Error(`Sitemap URL longer than ${SITEMAP_MAX_LOC_LENGTH} characters: ${loc.slice(0, 80)}…`);
  return `<loc>${escapeXml(loc)}</loc>`;
}

function limit<T>(entries: T[], max: number): T[] {
  if (entries.length > max) throw new Error(`A sitemap file holds at most ${max} URLs, got ${entries.length}`);
  return entries;
}

/** A `<urlset>` of pages with their last modification. */
export function buildUrlset(entries: SitemapEntry[]): string {
  const urls = limit(entries, SITEMAP_MAX_URLS).map((e) => `<url>${locTag(e.loc)}${lastmodTag(e.lastmod)}</url>`);
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` pointing to the individual sitemap files. */
export function buildSitemapIndex(entries: SitemapEntry[]): string {
  const maps = limit(entries, SITEMAP_MAX_URLS).map((e) => `<sitemap>${locTag(e.loc)}${lastmodTag(e.lastmod)}</sitemap>`);
  return `${DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${maps.join('\n')}\n</sitemapindex>\n`;
}

/** A Google News sitemap: articles of the last 48 hours, newest first, at most 1,000. */
export function buildNewsSitemap(entries: NewsEntry[], publication: NewsPublication, now = new Date()): string {
  const since = now.getTime() - NEWS_SITEMAP_WINDOW_MS;
  const recent = entries
    .filter((e) => e.publishedAt.getTime() >= since && e.publishedAt.getTime() <= now.getTime())
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, NEWS_SITEMAP_MAX_URLS);
  const pub = `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(publication.language)}</news:language></news:publication>`;
  const urls = recent.map(
    (e) =>
      `<url>${locTag(e.loc)}<news:news>${pub}<news:publication_date>${w3cDateTime(e.publishedAt)}</news:publication_date><news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
  );
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** How many files a list of `count` URLs needs. */
export function partCount(count: number, partSize = SITEMAP_PART_SIZE): number {
  return Math.max(1, Math.ceil(count / partSize));
}
