import { env } from '@/lib/env';
import { getSections } from '@/lib/data/public-pages';
import { getFeedArticles } from '@/lib/data/public-seo';
import { renderFeed } from '@/lib/seo/feed-channel';
import { getRenamedSlug } from '@/lib/data/slug-redirects';
import { RSS_TYPE, xmlDocument, xmlMovedTo, xmlNotFound } from '@/lib/seo/responses';
import { sectionFeedPath } from '@/lib/seo/site';

export const dynamic = 'force-dynamic';

/** A section's feed, "/rss/kinh-te.xml", with its subsections' articles; a renamed section's old name answers 308. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = /^([a-z0-9-]{1,100})\.xml$/.exec((await params).file)?.[1];
  const section = slug ? (await getSections()).find((s) => s.slug === slug) : undefined;
  if (!section) {
    const renamed = slug && getRenamedSlug('section', slug);
    return renamed ? xmlMovedTo(sectionFeedPath(renamed)) : xmlNotFound();
  }
  const { items, changedAt } = await getFeedArticles([section.id, ...section.children.map((c) => c.id)]);
  const xml = renderFeed({
    title: `${section.name} — ${env.SITE_NAME}`,
    description: section.description ?? `Tin ${section.name} mới nhất`,
    pagePath: section.path,
    feedPath: sectionFeedPath(section.slug),
    articles: items,
    changedAt,
  });
  return xmlDocument(request, xml, changedAt, RSS_TYPE);
}
