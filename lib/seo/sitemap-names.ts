// File names of the sitemaps, shared by the index that lists them and the routes that serve them.

export const SITEMAP_KINDS = ['sections', 'tags', 'authors', 'events'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

const partSuffix = (part: number) => (part > 1 ? `-${part}` : '');

/** "/sitemaps/articles/2023-07.xml", then "…/2023-07-2.xml" for a month's second file. */
export const articleSitemapPath = (month: string, part: number) => `/sitemaps/articles/${month}${partSuffix(part)}.xml`;

/** "/sitemaps/tags.xml", then "/sitemaps/tags-2.xml" … */
export const listingSitemapPath = (kind: SitemapKind, part: number) => `/sitemaps/${kind}${partSuffix(part)}.xml`;

function parsePart(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  const part = Number(raw);
  // "-1" is never written (the first file has no suffix), so it must not be a second URL for it.
  return Number.isSafeInteger(part) && part >= 2 ? part : null;
}

/** Parses "2023-07.xml" or "2023-07-2.xml"; null for anything else. */
export function parseArticleSitemapFile(file: string): { month: string; part: number } | null {
  const match = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:-(\d{1,4}))?\.xml$/.exec(file);
  if (!match) return null;
  const part = parsePart(match[2]);
  return part === null ? null : { month: match[1]!, part };
}

/** Parses "tags.xml" or "tags-2.xml"; null for anything else. */
export function parseListingSitemapFile(file: string): { kind: SitemapKind; part: number } | null {
  const match = /^(sections|tags|authors|events)(?:-(\d{1,4}))?\.xml$/.exec(file);
  if (!match) return null;
  const part = parsePart(match[2]);
  return part === null ? null : { kind: match[1] as SitemapKind, part };
}
