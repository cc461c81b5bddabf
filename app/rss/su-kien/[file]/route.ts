import { env } from '@/lib/env';
import { getEventBySlug } from '@/lib/data/event-reads';
import { getEventFeedArticles } from '@/lib/data/public-seo';
import { renderFeed } from '@/lib/seo/feed-channel';
import { getRenamedSlug } from '@/lib/data/slug-redirects';
import { RSS_TYPE, xmlDocument, xmlMovedTo, xmlNotFound } from '@/lib/seo/responses';
import { eventFeedPath } from '@/lib/seo/site';

export const dynamic = 'force-dynamic';

/** An event's feed, "/rss/su-kien/bao-so-3.xml": its public articles, newest first; 404 while it has none, as its page; 308 from a renamed event's old slug. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = /^([a-z0-9-]{1,100})\.xml$/.exec((await params).file)?.[1];
  const event = slug ? getEventBySlug(slug) : null;
  if (!event) {
    const renamed = slug && getRenamedSlug('event', slug);
    return renamed ? xmlMovedTo(eventFeedPath(renamed)) : xmlNotFound();
  }
  const { items, changedAt } = await getEventFeedArticles(event.id);
  if (items.length === 0) return xmlNotFound();
  const xml = renderFeed({
    title: `${event.name} — ${env.SITE_NAME}`,
    description: event.description || `Dòng sự kiện ${event.name}`,
    pagePath: event.path,
    feedPath: eventFeedPath(event.slug),
    articles: items,
    changedAt,
  });
  return xmlDocument(request, xml, changedAt, RSS_TYPE);
}
