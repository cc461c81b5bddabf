import { EventPage, eventMetadata } from '../_components/event-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return eventMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  return <EventPage slug={(await params).slug} />;
}
