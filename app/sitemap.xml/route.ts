import { getSitemapIndex } from '@/lib/data/public-seo';
import { xmlDocument } from '@/lib/seo/responses';
import { absoluteUrl } from '@/lib/seo/site';
import { articleSitemapPath, listingSitemapPath } from '@/lib/seo/sitemap-names';
import { buildSitemapIndex, partCount, SITEMAP_PART_SIZE, type SitemapEntry } from '@/lib/seo/sitemap-xml';

export const dynamic = 'force-dynamic';

/** The sitemap index: sections, tags, authors and events, then one file per month of articles (more when a month is large). */
export async function GET(request: Request) {
  const { items, changedAt } = await getSitemapIndex();
  const entries: SitemapEntry[] = items.listings.map(({ kind, part, modifiedAt }) => ({
    loc: absoluteUrl(listingSitemapPath(kind, part)),
    lastmod: modifiedAt === null ? null : new Date(modifiedAt),
  }));
  for (const month of [...items.months].reverse()) {
    for (let part = 1; part <= partCount(month.count, SITEMAP_PART_SIZE); part++) {
      entries.push({ loc: absoluteUrl(articleSitemapPath(month.month, part)), lastmod: new Date(month.modifiedAt) });
    }
  }
  return xmlDocument(request, buildSitemapIndex(entries), changedAt);
}
