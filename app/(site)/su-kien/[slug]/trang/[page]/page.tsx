import { EventPage, eventMetadata } from '../../../_components/event-page';

// Reached through the ?trang=N rewrite in next.config.js.
type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return eventMetadata(slug, page);
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  return <EventPage slug={slug} rawPage={page} />;
}
