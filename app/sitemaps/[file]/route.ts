import { getListingSitemap } from '@/lib/data/public-seo';
import { xmlDocument, xmlNotFound } from '@/lib/seo/responses';
import { absoluteUrl } from '@/lib/seo/site';
import { parseListingSitemapFile } from '@/lib/seo/sitemap-names';
import { buildUrlset } from '@/lib/seo/sitemap-xml';

export const dynamic = 'force-dynamic';

/** Sections, tags or authors ("tags.xml", "tags-2.xml" …). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseListingSitemapFile((await params).file);
  if (!name) return xmlNotFound();
  const { items, changedAt } = await getListingSitemap(name.kind, name.part);
  if (items.length === 0 && name.part > 1) return xmlNotFound();
  const xml = buildUrlset(items.map((u) => ({ loc: absoluteUrl(u.path), lastmod: u.modifiedAt ? new Date(u.modifiedAt) : null })));
  return xmlDocument(request, xml, changedAt);
}
