import { getArticleSitemapMonths, getListingSitemap, getListingSitemapCounts } from '@/lib/data/public-seo';
import { laterOf, xmlDocument } from '@/lib/seo/responses';
import { absoluteUrl } from '@/lib/seo/site';
import { articleSitemapPath, listingSitemapPath, SITEMAP_KINDS } from '@/lib/seo/sitemap-names';
import { buildSitemapIndex, partCount, SITEMAP_PART_SIZE, type SitemapEntry } from '@/lib/seo/sitemap-xml';

export const dynamic = 'force-dynamic';

const newest = (times: (string | null)[]) => {
  const known = times.filter((t): t is string => t !== null).map(Date.parse);
  return known.length > 0 ? new Date(Math.max(...known)) : null;
};

/** The sitemap index: sections, tags, authors and events, then one file per month of articles (more when a month is large). */
export async function GET(request: Request) {
  const [months, counts] = await Promise.all([getArticleSitemapMonths(), getListingSitemapCounts()]);
  const entries: SitemapEntry[] = [];
  const changedAt = [months.changedAt, counts.changedAt];
  for (const kind of SITEMAP_KINDS) {
    // A kind with nothing public yet (a new site's events) would be an empty file: not listed.
    if (counts.items[kind] === 0) continue;
    for (let part = 1; part <= partCount(counts.items[kind]); part++) {
      const listing = await getListingSitemap(kind, part);
      changedAt.push(listing.changedAt);
      entries.push({ loc: absoluteUrl(listingSitemapPath(kind, part)), lastmod: newest(listing.items.map((u) => u.modifiedAt)) });
    }
  }
  for (const month of [...months.items].reverse()) {
    for (let part = 1; part <= partCount(month.count, SITEMAP_PART_SIZE); part++) {
      entries.push({ loc: absoluteUrl(articleSitemapPath(month.month, part)), lastmod: new Date(month.modifiedAt) });
    }
  }
  return xmlDocument(request, buildSitemapIndex(entries), laterOf(...changedAt));
}
