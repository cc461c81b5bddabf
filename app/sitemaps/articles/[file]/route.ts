import { getArticleSitemap } from '@/lib/data/public-seo';
import { xmlDocument, xmlNotFound } from '@/lib/seo/responses';
import { absoluteUrl } from '@/lib/seo/site';
import { parseArticleSitemapFile } from '@/lib/seo/sitemap-names';
import { buildUrlset } from '@/lib/seo/sitemap-xml';

export const dynamic = 'force-dynamic';

/** One month of articles ("2023-07.xml"), or one part of a large month ("2023-07-2.xml"). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseArticleSitemapFile((await params).file);
  if (!name) return xmlNotFound();
  const { items, changedAt } = await getArticleSitemap(name.month, name.part);
  if (items.length === 0) return xmlNotFound();
  const xml = buildUrlset(items.map((u) => ({ loc: absoluteUrl(u.path), lastmod: u.modifiedAt ? new Date(u.modifiedAt) : null })));
  return xmlDocument(request, xml, changedAt);
}
