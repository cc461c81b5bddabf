import type { Metadata } from 'next';
import { ArticlePhoto } from '@/app/ui/article-photo';
import { BreadcrumbJsonLd } from '@/app/ui/json-ld/breadcrumb-json-ld';
import { CollectionPageJsonLd } from '@/app/ui/json-ld/collection-page-json-ld';
import { MissingPage } from '@/app/ui/missing-page';
import { notFoundMetadata } from '@/app/ui/not-found-content';
import { Pagination } from '@/app/ui/pagination';
import { env } from '@/lib/env';
import { getEventPage, PAGE_SIZE } from '@/lib/data/public-pages';
import type { PublicEvent } from '@/lib/data/event-reads';
import { parsePageNumber } from '@/lib/paging';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, eventFeedPath } from '@/lib/seo/site';
import { EventTimeline } from './event-timeline';

const pagePath = (event: PublicEvent, page: number) => (page > 1 ? `${event.path}?trang=${page}` : event.path);
const describe = (event: PublicEvent) => event.description || `Dòng sự kiện ${event.name} trên ${env.SITE_NAME}.`;

/** Page N of an event's timeline; shared by /su-kien/{slug} and its ?trang=N rewrite. 404 until it has a public article. */
export async function EventPage({ slug, rawPage }: { slug: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getEventPage(slug, page);
  if (!data || page === null) return <MissingPage />;
  const { event, page: listing } = data;
  return (
    <div className="listing">
      <BreadcrumbJsonLd items={[{ name: event.name, path: event.path }]} />
      <CollectionPageJsonLd
        path={pagePath(event, page)}
        name={event.name}
        description={describe(event)}
        items={listing.items}
        firstPosition={(page - 1) * PAGE_SIZE + 1}
      />
      <p className="card-section">Sự kiện</p>
      <h1 className="listing-title">{event.name}</h1>
      {event.description && <p className="listing-description">{event.description}</p>}
      {event.cover && page === 1 && (
        <ArticlePhoto photo={event.cover} sizes="(min-width: 760px) 42rem, 100vw" className="event-cover" priority />
      )}
      <EventTimeline name={event.name} articles={listing.items} />
      <Pagination page={page} pageCount={Math.ceil(listing.total / PAGE_SIZE)} href={(n) => pagePath(event, n)} />
      <p className="event-feed">
        <a href={eventFeedPath(event.slug)}>Theo dõi sự kiện qua RSS</a>
      </p>
    </div>
  );
}

export async function eventMetadata(slug: string, rawPage?: string): Promise<Metadata> {
  const page = parsePageNumber(rawPage);
  const data = page === null ? null : await getEventPage(slug, page);
  if (!data || page === null) return notFoundMetadata;
  const { event } = data;
  const cover = event.cover;
  return pageMetadata({
    title: page > 1 ? `${event.name} – Trang ${page}` : event.name,
    description: describe(event),
    path: pagePath(event, page),
    feeds: [{ title: `${event.name} — ${env.SITE_NAME}`, path: eventFeedPath(event.slug) }],
    image: cover ? { url: absoluteUrl(cover.src), width: cover.width, height: cover.height, alt: cover.alt || event.name } : null,
  });
}
